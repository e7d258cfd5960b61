import type { HuaweiRoute } from "../../types";
import { jobRunning } from "./errors";
import { findCluster } from "./findCluster";
import { findJob } from "./jobRecords";
import type { CdmState } from "./model";
import { jobIsRunning } from "./submissionStatus";

/**
 * `DELETE …/cdm/job/{job_name}` (spec/cdm.md §4.8): 200 `{}`. Missing → HTTP 500 `Cdm.0100`
 * exactly as the seed's example; running → 400 `Cdm.0052`.
 */
export const deleteJob: HuaweiRoute<CdmState> = {
  method: "DELETE",
  path: "/v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}",
  action: "deleteJob",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 120,
  handle(request, ctx) {
    const cluster = findCluster(request, ctx);
    const name = request.pathParams["job_name"] ?? "";
    const job = findJob(cluster, name, 500);
    if (jobIsRunning(job, ctx.now())) throw jobRunning(name);
    delete cluster.jobs[name];
    return { status: 200, body: {} };
  },
};
