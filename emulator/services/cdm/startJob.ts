import type { HuaweiRequest, HuaweiResponse, HuaweiRoute, ServiceContext } from "../../types";
import { clusterStatus } from "./clusterStatus";
import { CLUSTER_STATUS } from "./constants";
import { cannotSubmit, jobRunning } from "./errors";
import { findCluster } from "./findCluster";
import { findJob, requireEnabledLinks, startRun } from "./jobRecords";
import type { CdmState } from "./model";
import { parseBody } from "./parseBody";
import { renderStartSubmission } from "./renderSubmission";
import { StartJobBodySchema } from "./schemas";
import { jobIsRunning } from "./submissionStatus";

function handleStart(request: HuaweiRequest, ctx: ServiceContext<CdmState>): HuaweiResponse {
  const cluster = findCluster(request, ctx);
  const name = request.pathParams["job_name"] ?? "";
  const job = findJob(cluster, name);
  const now = ctx.now();
  const { status } = clusterStatus(cluster, now);
  if (status !== CLUSTER_STATUS.normal || cluster.deleteAt !== undefined) {
    throw cannotSubmit(name, status);
  }
  if (jobIsRunning(job, now)) throw jobRunning(name);
  parseBody(StartJobBodySchema, request.body);
  requireEnabledLinks(cluster, job);
  const submission = startRun(job, ctx, false);
  return { status: 200, body: { submissions: [renderStartSubmission(job, submission, now)] } };
}

const PATH = "/v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}/start";

/**
 * `PUT …/cdm/job/{job_name}/start` (spec/cdm.md §4.9): the run starts `BOOTING`. Missing → 400
 * `Cdm.0100`, running → 400 `Cdm.0052`, cluster not `200` → 400 `Cdm.0037` (Appendix D), a disabled
 * link → 400 `Cdm.0060` (§5.1).
 */
export const startJob: HuaweiRoute<CdmState> = {
  method: "PUT",
  path: PATH,
  action: "startJob",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 1200,
  handle: handleStart,
};

/** GAP-36: the seed's chapter-4 curl example starts jobs with GET; accepted as well. */
export const startJobWithGet: HuaweiRoute<CdmState> = {
  method: "GET",
  path: PATH,
  action: "startJob",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 1200,
  handle: handleStart,
};
