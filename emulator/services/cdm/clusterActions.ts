import type { ServiceContext } from "../../types";
import { clusterStatus } from "./clusterStatus";
import { illegalParameter } from "./errors";
import type { CdmCluster, CdmClusterOperation, CdmState } from "./model";

/**
 * Starts a power/restart operation on a cluster whose current status is `from`; anything else is
 * refused with `Cdm.0014` (the seed names no code for "wrong state"; see docs/emulator-huawei.md).
 */
export function beginOperation(
  cluster: CdmCluster,
  ctx: ServiceContext<CdmState>,
  kind: CdmClusterOperation["kind"],
  from: string,
  durationMs: number,
): void {
  const now = ctx.now();
  const current = clusterStatus(cluster, now).status;
  if (current !== from || cluster.deleteAt !== undefined) {
    throw illegalParameter(
      `Cluster ${cluster.id} is in status ${current}; the ${kind} action needs status ${from}.`,
    );
  }
  cluster.operation = { kind, startedAt: now, endsAt: now + durationMs };
  cluster.updatedAt = now;
}

export const operationJobId = (ctx: ServiceContext<CdmState>): string =>
  ctx.newId().replace(/-/g, "");
