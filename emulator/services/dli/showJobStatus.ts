import type { HuaweiRoute } from "../../types";
import { jobStatus } from "./dliJobs";
import { notFound } from "./errors";
import type { DliState } from "./model";
import { projectOf } from "./project";

/**
 * `GET /v1.0/{project_id}/jobs/{job_id}/status` (spec/dli.md §6.1) for the jobs the emulator
 * creates itself (asynchronous deletes, forced restarts, scaling). Unknown → 400 `DLI.0002`.
 */
export const showJobStatus: HuaweiRoute<DliState> = {
  method: "GET",
  path: "/v1.0/{project_id}/jobs/{job_id}/status",
  action: "showJobStatus",
  handle(request, ctx) {
    const project = projectOf(request, ctx);
    const id = request.pathParams["job_id"] ?? "";
    const job = project.jobs[id];
    if (job === undefined) throw notFound(`There is no job with id ${id}`);
    const now = ctx.now();
    const status = jobStatus(job, now);
    const body: Record<string, unknown> = {
      is_success: true,
      message: "",
      job_id: job.id,
      job_type: job.jobType,
      job_mode: "async",
      queue_name: job.queueName,
      owner: job.owner,
      start_time: job.startTime,
      duration: Math.min(now, job.endsAt) - job.startTime,
      status,
      input_row_count: 0,
      bad_row_count: 0,
      input_size: 0,
      result_count: 0,
      statement: job.statement,
      tags: [],
    };
    if (job.databaseName !== undefined) body["database_name"] = job.databaseName;
    if (job.tableName !== undefined) body["table_name"] = job.tableName;
    return { status: 200, body };
  },
};
