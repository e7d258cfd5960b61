import type { HuaweiRoute } from "../../types";
import { illegalParameter } from "./errors";
import { findCluster } from "./findCluster";
import type { CdmState } from "./model";
import { parseBody } from "./parseBody";
import { restartCluster } from "./restartCluster";
import { ClusterActionBodySchema } from "./schemas";
import { startCluster } from "./startCluster";
import { stopCluster } from "./stopCluster";

/**
 * `POST /v1.1/{project_id}/clusters/{cluster_id}/action`: one URI for restart, start and stop
 * (spec/cdm.md §2.6, §2.7). The body must hold exactly one of them, else `Cdm.0014` (§2.7).
 */
export const clusterAction: HuaweiRoute<CdmState> = {
  method: "POST",
  path: "/v1.1/{project_id}/clusters/{cluster_id}/action",
  action: "clusterAction",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 20,
  handle(request, ctx) {
    const cluster = findCluster(request, ctx);
    const body = parseBody(ClusterActionBodySchema, request.body);
    const chosen = (["restart", "start", "stop"] as const).filter((key) => body[key] !== undefined);
    if (chosen.length !== 1) {
      throw illegalParameter("The action body must contain exactly one of restart, start, stop.");
    }
    if (body.restart !== undefined) return restartCluster(cluster, ctx);
    if (body.start !== undefined) return startCluster(cluster, ctx);
    return stopCluster(cluster, ctx);
  },
};
