import type { HuaweiRoute } from "../../types";
import { duplicateJob } from "./errors";
import { findCluster, requireRunningCluster } from "./findCluster";
import { newJob } from "./jobRecords";
import type { CdmState } from "./model";
import { parseBody } from "./parseBody";
import { JobsBodySchema } from "./schemas";
import { validateJob } from "./validateJob";

/** `POST …/cdm/job` (spec/cdm.md §4.4): creates the job without starting it (status `NEW`). */
export const createJob: HuaweiRoute<CdmState> = {
  method: "POST",
  path: "/v1.1/{project_id}/clusters/{cluster_id}/cdm/job",
  action: "createJob",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 1200,
  handle(request, ctx) {
    const cluster = findCluster(request, ctx);
    requireRunningCluster(cluster, ctx.now());
    const [body] = parseBody(JobsBodySchema, request.body, "long").jobs;
    if (body === undefined) throw new Error("unreachable: the schema requires one job");
    validateJob(body, cluster);
    if (cluster.jobs[body.name] !== undefined) throw duplicateJob();
    cluster.jobs[body.name] = newJob(body, ctx);
    return { status: 200, body: { name: body.name, "validation-result": [] } };
  },
};
