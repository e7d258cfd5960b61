import type { HuaweiRoute } from "../../types";
import { findCluster } from "./findCluster";
import { findJob } from "./jobRecords";
import type { CdmState } from "./model";
import { renderNeverExecuted, renderSubmission } from "./renderSubmission";
import { latestSubmission } from "./submissionStatus";

/** `GET …/cdm/job/{job_name}/status` (spec/cdm.md §4.11): the latest run, or `NEVER_EXECUTED`. */
export const showJobStatus: HuaweiRoute<CdmState> = {
  method: "GET",
  path: "/v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}/status",
  action: "showJobStatus",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 120,
  handle(request, ctx) {
    const cluster = findCluster(request, ctx);
    const job = findJob(cluster, request.pathParams["job_name"] ?? "");
    const latest = latestSubmission(job);
    const submission =
      latest === undefined ? renderNeverExecuted(job) : renderSubmission(job, latest, ctx.now());
    return { status: 200, body: { submissions: [submission] } };
  },
};
