import type { HuaweiRoute } from "../../types";
import { illegalParameter, jobRunning } from "./errors";
import { findCluster, requireRunningCluster } from "./findCluster";
import { findJob, jobFields } from "./jobRecords";
import type { CdmState } from "./model";
import { parseBody } from "./parseBody";
import { JobsBodySchema } from "./schemas";
import { jobIsRunning } from "./submissionStatus";
import { validateJob } from "./validateJob";

/**
 * `PUT …/cdm/job/{job_name}` (spec/cdm.md §4.7): full replacement. Missing → 400 `Cdm.0100`
 * (GAP-38), running → 400 `Cdm.0052`, renaming → 400 `Cdm.0014` (GAP-54).
 */
export const updateJob: HuaweiRoute<CdmState> = {
  method: "PUT",
  path: "/v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}",
  action: "updateJob",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 120,
  handle(request, ctx) {
    const cluster = findCluster(request, ctx);
    const name = request.pathParams["job_name"] ?? "";
    const job = findJob(cluster, name);
    const now = ctx.now();
    requireRunningCluster(cluster, now);
    if (jobIsRunning(job, now)) throw jobRunning(name);
    const [body] = parseBody(JobsBodySchema, request.body, "long").jobs;
    if (body === undefined) throw new Error("unreachable: the schema requires one job");
    if (body.name !== name) {
      throw illegalParameter(
        `The job name ${body.name} does not match the path name ${name}.`,
        "long",
      );
    }
    validateJob(body, cluster);
    Object.assign(job, jobFields(body, now));
    return { status: 200, body: { "validation-result": [] } };
  },
};
