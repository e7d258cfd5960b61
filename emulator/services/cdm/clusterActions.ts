import type { ServiceContext } from "../../types";
import { cdmOptions } from "./cdmOptions";
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
  // spec/cdm.md §2.8: start and restart can fail (`300`); stop has no documented failure.
  const pattern = cdmOptions(ctx.options).cdmFailClusterActionNamePattern;
  if (kind !== "stop" && pattern !== undefined && new RegExp(pattern).test(cluster.name)) {
    cluster.operation.fails = true;
  }
  cluster.updatedAt = now;
}

export const operationJobId = (ctx: ServiceContext<CdmState>): string =>
  ctx.newId().replace(/-/g, "");
