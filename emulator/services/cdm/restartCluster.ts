import type { HuaweiResponse, ServiceContext } from "../../types";
import { cdmOptions } from "./cdmOptions";
import { beginOperation, operationJobId } from "./clusterActions";
import { CLUSTER_STATUS } from "./constants";
import type { CdmCluster, CdmState } from "./model";

/** `{"restart": {...}}` (spec/cdm.md §2.6): `500` restarting → `200`; `jobId` is a string. */
export function restartCluster(cluster: CdmCluster, ctx: ServiceContext<CdmState>): HuaweiResponse {
  const duration = cdmOptions(ctx.options).cdmClusterRestartMs;
  beginOperation(cluster, ctx, "restart", CLUSTER_STATUS.normal, duration);
  return { status: 200, body: { jobId: operationJobId(ctx) } };
}
