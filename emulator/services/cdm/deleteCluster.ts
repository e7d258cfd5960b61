import type { HuaweiRoute } from "../../types";
import { cdmOptions } from "./cdmOptions";
import { findCluster } from "./findCluster";
import type { CdmState } from "./model";
import { parseBody } from "./parseBody";
import { DeleteClusterBodySchema } from "./schemas";

/**
 * `DELETE /v1.1/{project_id}/clusters/{cluster_id}` with a JSON body (spec/cdm.md §2.5): 202 and a
 * `jobId`; the cluster, its links and its jobs disappear after `cdmClusterDeleteMs`. A second delete
 * while the first is in progress is accepted again and does not move the deadline.
 */
export const deleteCluster: HuaweiRoute<CdmState> = {
  method: "DELETE",
  path: "/v1.1/{project_id}/clusters/{cluster_id}",
  action: "deleteCluster",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 20,
  handle(request, ctx) {
    const cluster = findCluster(request, ctx);
    parseBody(DeleteClusterBodySchema, request.body);
    const now = ctx.now();
    cluster.deleteAt ??= now + cdmOptions(ctx.options).cdmClusterDeleteMs;
    cluster.updatedAt = now;
    return { status: 202, body: { jobId: ctx.newId().replace(/-/g, "") } };
  },
};
