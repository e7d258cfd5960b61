import { CLUSTER_STATUS } from "./constants";
import type { CdmCluster } from "./model";

export interface ClusterStatusView {
  /** spec/cdm.md §2.8 status code (a string on the wire). */
  status: string;
  statusDetail: string;
  /** `{}` when idle, `{"CREATING": "NN%"}` while creating (spec/cdm.md §2.3). */
  actionProgress: Record<string, string>;
  /** Running actions of the cluster and its instance (`REBOOTING` while restarting). */
  actions: string[];
  /** Node status (`instances[].status`). */
  instanceStatus: string;
}

/**
 * The status of a cluster at `now`, derived from its timestamps (spec/cdm.md §2.8):
 * create `100` → `200` (or `303`), restart `500` → `200`, stop `910` → `900`, start `920` → `200`.
 */
export function clusterStatus(cluster: CdmCluster, now: number): ClusterStatusView {
  if (now < cluster.readyAt) {
    const span = Math.max(1, cluster.readyAt - cluster.createdAt);
    const percent = Math.min(99, Math.floor(((now - cluster.createdAt) / span) * 100));
    return {
      status: CLUSTER_STATUS.creating,
      statusDetail: "Creating",
      actionProgress: { CREATING: `${Math.max(0, percent)}%` },
      actions: [],
      instanceStatus: CLUSTER_STATUS.creating,
    };
  }
  if (cluster.createFails) {
    return {
      status: CLUSTER_STATUS.createFailed,
      statusDetail: "Create failed",
      actionProgress: {},
      actions: [],
      instanceStatus: CLUSTER_STATUS.createFailed,
    };
  }
  const operation = cluster.operation;
  const running = operation !== undefined && now < operation.endsAt;
  if (operation?.fails === true && !running) {
    // spec/cdm.md §2.8: a failed restart shows `REBOOT_FAILURE` in the actions, a failed start `300`.
    const actions = operation.kind === "restart" ? ["REBOOT_FAILURE"] : [];
    return {
      ...stable(CLUSTER_STATUS.failed, "Failed", actions),
      instanceStatus: CLUSTER_STATUS.failed,
    };
  }
  switch (operation?.kind) {
    case "restart":
      return running
        ? stable(CLUSTER_STATUS.restarting, "Restarting", ["REBOOTING"])
        : stable(CLUSTER_STATUS.normal, "Normal");
    case "stop":
      return running
        ? stable(CLUSTER_STATUS.poweringOff, "Powering off")
        : stable(CLUSTER_STATUS.poweredOff, "Powered off");
    case "start":
      return running
        ? stable(CLUSTER_STATUS.poweringOn, "Powering on")
        : stable(CLUSTER_STATUS.normal, "Normal");
    default:
      return stable(CLUSTER_STATUS.normal, "Normal");
  }
}

function stable(status: string, statusDetail: string, actions: string[] = []): ClusterStatusView {
  return {
    status,
    statusDetail,
    actionProgress: {},
    actions,
    // The VMs of a powered-off cluster still exist; their node status stays normal.
    instanceStatus: CLUSTER_STATUS.normal,
  };
}
