import { clusterStatus } from "./clusterStatus";
import { CDM_FLAVORS } from "./constants";
import type { CdmCluster } from "./model";

/** spec/cdm.md §2.3: times are ISO 8601 without milliseconds, printed without `Z` as in the seed's examples. */
export function cdmTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** A stable private address per cluster, so reads are reproducible. */
function privateIp(cluster: CdmCluster): string {
  let sum = 0;
  for (const char of cluster.id) sum = (sum * 31 + char.charCodeAt(0)) % 250;
  return `192.168.0.${sum + 2}`;
}

function lastChange(cluster: CdmCluster, now: number): number {
  const times = [cluster.updatedAt];
  if (now >= cluster.readyAt) times.push(cluster.readyAt);
  if (cluster.operation !== undefined && now >= cluster.operation.endsAt) {
    times.push(cluster.operation.endsAt);
  }
  return Math.max(...times);
}

function instance(cluster: CdmCluster, now: number, detail: boolean): Record<string, unknown> {
  const view = clusterStatus(cluster, now);
  const ip = privateIp(cluster);
  return {
    // spec/cdm.md §2.4: flavor, volume, config_status, links and resource are null in the list API.
    flavor: detail ? { id: cluster.flavorRef, links: [] } : null,
    volume: detail ? { type: "LOCAL_DISK", size: 100 } : null,
    status: view.instanceStatus,
    actions: view.actions,
    type: "cdm",
    id: cluster.instanceId,
    name: `${cluster.name}-cdm-dn-1-1`,
    isFrozen: "0",
    components: "",
    config_status: detail ? "In-Sync" : null,
    role: "cdm",
    group: "",
    links: detail ? [] : null,
    paramsGroupid: "",
    publicip: "",
    manageIp: ip,
    trafficIp: ip,
    shard_id: "dn-1",
    manage_fix_ip: ip,
    private_ip: ip,
    internal_ip: ip,
    resource: detail ? [{ resource_id: cluster.instanceId, resource_type: "server" }] : null,
  };
}

/** Fields shared by show (§2.3) and list (§2.4). */
function common(cluster: CdmCluster, now: number, detail: boolean): Record<string, unknown> {
  const view = clusterStatus(cluster, now);
  const body: Record<string, unknown> = {
    publicEndpoint: "",
    instances: [instance(cluster, now, detail)],
    customerConfig: {
      failureRemind: "false",
      clusterName: "cdm",
      serviceProvider: "",
      localDisk: "true",
      ssl: "false",
      createFrom: "api",
      resourceId: "",
      flavorType: CDM_FLAVORS[cluster.flavorRef] ?? "",
      workSpaceId: "",
      trial: "false",
    },
    datastore: { type: "cdm", version: cluster.datastoreVersion },
    isAutoOff: cluster.isAutoOff,
    bakExpectedStartTime: "",
    bakKeepDay: 0,
    recentEvent: 0,
    flavorName: CDM_FLAVORS[cluster.flavorRef] ?? "",
    azName: cluster.availabilityZone,
    isScheduleBootOff: cluster.isScheduleBootOff,
    namespace: "",
    dbuser: "",
    clusterMode: "sharding",
    task: { description: "", id: cluster.taskId, name: "createCluster" },
    created: cdmTime(cluster.createdAt),
    statusDetail: view.statusDetail,
    config_status: "In-Sync",
    actionProgress: view.actionProgress,
    name: cluster.name,
    id: cluster.id,
    isFrozen: "0",
    actions: view.actions,
    updated: cdmTime(lastChange(cluster, now)),
    status: view.status,
  };
  if (cluster.createFails && now >= cluster.readyAt) {
    // spec/cdm.md §2.3: `failedReasons` is absent unless creation failed.
    body["failedReasons"] = {
      CREATE_FAILED: {
        errorCode: "Cdm.0000",
        errorMsg: `Failed to create cluster ${cluster.name}: insufficient resources in ${cluster.availabilityZone}.`,
      },
    };
  }
  return body;
}

/** The show-cluster body (spec/cdm.md §2.3). */
export function renderClusterDetail(cluster: CdmCluster, now: number): Record<string, unknown> {
  return {
    ...common(cluster, now, true),
    security_group_id: cluster.securityGroupId,
    subnet_id: cluster.subnetId,
    vpc_id: cluster.vpcId,
    publicEndpointDomainName: "",
    maintainWindow: { day: "Sun", startTime: "02:00", endTime: "06:00" },
    endpointDomainName: "",
    publicEndpointStatus: { status: "", errorMessage: "" },
    eipId: "",
    links: [],
  };
}

/** One element of the list-clusters body (spec/cdm.md §2.4). */
export function renderClusterListItem(cluster: CdmCluster, now: number): Record<string, unknown> {
  return common(cluster, now, false);
}
