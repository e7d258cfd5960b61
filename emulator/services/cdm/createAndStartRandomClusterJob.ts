import type { HuaweiRoute } from "../../types";
import { clusterStatus } from "./clusterStatus";
import { CLUSTER_STATUS } from "./constants";
import { duplicateJob, illegalParameter } from "./errors";
import { sweepCdmState } from "./findCluster";
import { newJob, requireEnabledLinks, startRun } from "./jobRecords";
import type { CdmState } from "./model";
import { parseBody } from "./parseBody";
import { renderStartSubmission } from "./renderSubmission";
import { RandomClusterJobBodySchema } from "./schemas";
import { validateJob } from "./validateJob";

/**
 * `POST /v1.1/{project_id}/clusters/job` (spec/cdm.md §4.5): creates the job on a powered-on
 * candidate and runs it. GAP-47: the emulator deterministically picks the first candidate in status
 * `200`; none → 400 `Cdm.0014`. The answer does not say which cluster was chosen (as the service).
 */
export const createAndStartRandomClusterJob: HuaweiRoute<CdmState> = {
  method: "POST",
  path: "/v1.1/{project_id}/clusters/job",
  action: "createAndStartRandomClusterJob",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 120,
  handle(request, ctx) {
    const now = ctx.now();
    sweepCdmState(ctx.state, now);
    const body = parseBody(RandomClusterJobBodySchema, request.body, "long");
    const cluster = body.clusters
      .map((id) => ctx.state.clusters[id])
      .find(
        (candidate) =>
          candidate !== undefined &&
          candidate.projectId === request.projectId &&
          candidate.deleteAt === undefined &&
          clusterStatus(candidate, now).status === CLUSTER_STATUS.normal,
      );
    if (cluster === undefined) {
      throw illegalParameter("None of the given clusters is running.", "long");
    }
    const [jobBody] = body.jobs;
    if (jobBody === undefined) throw new Error("unreachable: the schema requires one job");
    validateJob(jobBody, cluster);
    if (cluster.jobs[jobBody.name] !== undefined) throw duplicateJob();
    requireEnabledLinks(cluster, {
      fromLinkName: jobBody["from-link-name"],
      toLinkName: jobBody["to-link-name"],
    });
    const job = newJob(jobBody, ctx);
    cluster.jobs[job.name] = job;
    const submission = startRun(job, ctx, true);
    return { status: 200, body: { submissions: [renderStartSubmission(job, submission, now)] } };
  },
};
