import type { HuaweiRequest, ServiceContext } from "../../types";
import { cdmOptions } from "./cdmOptions";
import { clusterStatus } from "./clusterStatus";
import { CLUSTER_STATUS } from "./constants";
import { clusterNotFound, clusterNotReady } from "./errors";
import type { CdmCluster, CdmState } from "./model";
import { jobHasDisposed } from "./submissionStatus";

/**
 * Applies what time has done to the state before a request reads it: clusters whose deletion has
 * finished disappear with their links and jobs (spec/cdm.md §2.5), and self-deleting jobs
 * (`disposableType`, §4.15) are removed once their run ended.
 */
export function sweepCdmState(state: CdmState, now: number): void {
  for (const [id, cluster] of Object.entries(state.clusters)) {
    if (cluster.deleteAt !== undefined && now >= cluster.deleteAt) {
      delete state.clusters[id];
      continue;
    }
    for (const [name, job] of Object.entries(cluster.jobs)) {
      if (jobHasDisposed(job, now)) delete cluster.jobs[name];
    }
  }
}

/** The cluster named by the `{cluster_id}` path parameter in the caller's project, or `Cdm.0001`. */
export function findCluster(request: HuaweiRequest, ctx: ServiceContext<CdmState>): CdmCluster {
  sweepCdmState(ctx.state, ctx.now());
  const clusterId = request.pathParams["cluster_id"] ?? "";
  const cluster = ctx.state.clusters[clusterId];
  if (cluster === undefined || cluster.projectId !== request.projectId) {
    throw clusterNotFound(clusterId, cdmOptions(ctx.options).cdmClusterNotFoundStatus);
  }
  return cluster;
}

/** Links and jobs are validated by the cluster's own VMs, which must be running (Appendix D: `Cdm.0036`). */
export function requireRunningCluster(cluster: CdmCluster, now: number): void {
  const { status } = clusterStatus(cluster, now);
  if (status !== CLUSTER_STATUS.normal || cluster.deleteAt !== undefined) {
    throw clusterNotReady(cluster.id, status);
  }
}
