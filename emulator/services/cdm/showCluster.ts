import type { HuaweiRoute } from "../../types";
import { findCluster } from "./findCluster";
import type { CdmState } from "./model";
import { renderClusterDetail } from "./renderCluster";

/** `GET /v1.1/{project_id}/clusters/{cluster_id}` (spec/cdm.md §2.3). */
export const showCluster: HuaweiRoute<CdmState> = {
  method: "GET",
  path: "/v1.1/{project_id}/clusters/{cluster_id}",
  action: "showCluster",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 120,
  handle(request, ctx) {
    const cluster = findCluster(request, ctx);
    return { status: 200, body: renderClusterDetail(cluster, ctx.now()) };
  },
};
