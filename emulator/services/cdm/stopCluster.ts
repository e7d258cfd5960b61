import type { HuaweiResponse, ServiceContext } from "../../types";
import { cdmOptions } from "./cdmOptions";
import { beginOperation, operationJobId } from "./clusterActions";
import { CLUSTER_STATUS } from "./constants";
import type { CdmCluster, CdmState } from "./model";

/** `{"stop": {"stopMode": …}}` (spec/cdm.md §2.7): `910` powering off → `900`; `jobId` is an array. */
export function stopCluster(cluster: CdmCluster, ctx: ServiceContext<CdmState>): HuaweiResponse {
  const duration = cdmOptions(ctx.options).cdmClusterStopMs;
  beginOperation(cluster, ctx, "stop", CLUSTER_STATUS.normal, duration);
  return { status: 200, body: { jobId: [operationJobId(ctx)] } };
}
