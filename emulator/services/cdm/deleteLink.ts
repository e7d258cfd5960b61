import type { HuaweiRoute } from "../../types";
import { linkInUse, linkNotFound } from "./errors";
import { findCluster } from "./findCluster";
import type { CdmState } from "./model";

/**
 * `DELETE …/cdm/link/{link_name}` (spec/cdm.md §3.4): 200 `{}`; a link used by a job → 500
 * `Cdm.0021` "Given link name is in use" (the seed's example); missing → 400 `Cdm.0101`.
 */
export const deleteLink: HuaweiRoute<CdmState> = {
  method: "DELETE",
  path: "/v1.1/{project_id}/clusters/{cluster_id}/cdm/link/{link_name}",
  action: "deleteLink",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 120,
  handle(request, ctx) {
    const cluster = findCluster(request, ctx);
    const name = request.pathParams["link_name"] ?? "";
    if (cluster.links[name] === undefined) throw linkNotFound(name);
    const inUse = Object.values(cluster.jobs).some(
      (job) => job.fromLinkName === name || job.toLinkName === name,
    );
    if (inUse) throw linkInUse();
    delete cluster.links[name];
    return { status: 200, body: {} };
  },
};
