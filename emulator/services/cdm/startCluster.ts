import type { HuaweiResponse, ServiceContext } from "../../types";
import { cdmOptions } from "./cdmOptions";
import { beginOperation, operationJobId } from "./clusterActions";
import { CLUSTER_STATUS } from "./constants";
import type { CdmCluster, CdmState } from "./model";

/** `{"start": {}}` (spec/cdm.md §2.7): `920` powering on → `200`; `jobId` is an array. */
export function startCluster(cluster: CdmCluster, ctx: ServiceContext<CdmState>): HuaweiResponse {
  const duration = cdmOptions(ctx.options).cdmClusterStartMs;
  beginOperation(cluster, ctx, "start", CLUSTER_STATUS.poweredOff, duration);
  return { status: 200, body: { jobId: [operationJobId(ctx)] } };
}
