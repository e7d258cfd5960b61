import type { HuaweiRoute } from "../../types";
import { jobNotRunning } from "./errors";
import { findCluster } from "./findCluster";
import { findJob } from "./jobRecords";
import type { CdmState } from "./model";
import { jobIsRunning, latestSubmission } from "./submissionStatus";

/**
 * `PUT …/cdm/job/{job_name}/stop` (spec/cdm.md §4.10): the running submission becomes `FAILED`
 * with `error-summary` "Job stopped" (Appendix D). Not running → 400 `Cdm.0053`.
 */
export const stopJob: HuaweiRoute<CdmState> = {
  method: "PUT",
  path: "/v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}/stop",
  action: "stopJob",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 1200,
  handle(request, ctx) {
    const cluster = findCluster(request, ctx);
    const name = request.pathParams["job_name"] ?? "";
    const job = findJob(cluster, name);
    const now = ctx.now();
    const latest = latestSubmission(job);
    if (latest === undefined || !jobIsRunning(job, now)) throw jobNotRunning(name);
    latest.stoppedAt = now;
    return { status: 200, body: { "validation-result": [] } };
  },
};
