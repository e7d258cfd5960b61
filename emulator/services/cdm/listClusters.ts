import type { HuaweiRoute } from "../../types";
import { sweepCdmState } from "./findCluster";
import type { CdmState } from "./model";
import { renderClusterListItem } from "./renderCluster";

/** `GET /v1.1/{project_id}/clusters` (spec/cdm.md §2.4): no paging, no filter; oldest first. */
export const listClusters: HuaweiRoute<CdmState> = {
  method: "GET",
  path: "/v1.1/{project_id}/clusters",
  action: "listClusters",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 120,
  handle(request, ctx) {
    const now = ctx.now();
    sweepCdmState(ctx.state, now);
    const clusters = Object.values(ctx.state.clusters)
      .filter((cluster) => cluster.projectId === request.projectId)
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((cluster) => renderClusterListItem(cluster, now));
    return { status: 200, body: { clusters } };
  },
};
