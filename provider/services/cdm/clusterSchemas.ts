/**
 * Cluster request and answer schemas (spec/cdm.md §2). Inputs are camelCase and validated before
 * sending; answers are decoded leniently where the spec documents drift (GAP-18) and normalised to
 * one `CdmCluster` shape for both show (§2.3) and list (§2.4) elements.
 */
import { z } from "zod";
import { compact, nullish, wireBoolean, wireFlag, wireNumber, wireStringList } from "./wireScalars";

/** `flavorRef` values and their names (spec/cdm.md §2.2). Inputs accept either form. */
export const CDM_FLAVORS = {
  "cdm.small": "a79fd5ae-1833-448a-88e8-3ea2b913e1f6",
  "cdm.medium": "fb8fe666-6734-4b11-bc6c-43d11db3c745",
  "cdm.large": "5ddb1071-c5d7-40e0-a874-8a032e81a697",
  "cdm.xlarge": "6ddb1072-c5d7-40e0-a874-8a032e81a698",
} as const;
export type CdmFlavorName = keyof typeof CDM_FLAVORS;
const FLAVOR_NAMES = Object.keys(CDM_FLAVORS) as CdmFlavorName[];
const FLAVOR_IDS = Object.values(CDM_FLAVORS);

/** Cluster status codes; `500` appears only in the list API's enum (spec/cdm.md §2.8). */
export const CDM_CLUSTER_STATUSES = ["100", "200", "300", "303", "500", "800", "900", "910", "920"] as const;
export type CdmClusterStatus = (typeof CDM_CLUSTER_STATUSES)[number];
/** Node status codes (spec/cdm.md §2.3 table 5-4). */
export const CDM_NODE_STATUSES = ["100", "200", "300", "303", "400", "800"] as const;
export type CdmNodeStatus = (typeof CDM_NODE_STATUSES)[number];

const flavorRef = z
  .string()
  .refine((value) => (FLAVOR_NAMES as string[]).includes(value) || (FLAVOR_IDS as string[]).includes(value), {
    error: `flavorRef must be one of ${FLAVOR_NAMES.join(", ")} or their ids (spec/cdm.md §2.2)`,
  })
  .transform((value) => CDM_FLAVORS[value as CdmFlavorName] ?? value);

export const CdmClusterInstanceInputSchema = z.strictObject({
  availabilityZone: z.string().min(1),
  flavorRef,
  /** At most two NICs (spec/cdm.md §2.2 table 5-39); `netId` is the subnet id (`net-id`). */
  nics: z
    .array(z.strictObject({ securityGroupId: z.string().min(1), netId: z.string().min(1) }))
    .min(1)
    .max(2),
  type: z.literal("cdm").default("cdm"),
});

export const CreateClusterInputSchema = z
  .strictObject({
    /** Optional in the table, needed in practice (spec/cdm.md §7 GAP-14). */
    name: z.string().min(1),
    /** Sent as `vpcId` (spec/cdm.md §7 GAP-11). */
    vpcId: z.string().min(1).optional(),
    instances: z.array(CdmClusterInstanceInputSchema).min(1),
    datastore: z.strictObject({ type: z.string().optional(), version: z.string().optional() }).optional(),
    extendedProperties: z
      .strictObject({
        workspaceId: z.string().optional(),
        resourceId: z.string().optional(),
        trial: z.string().optional(),
      })
      .optional(),
    /** Sent as `sys_tags: [{key: "_sys_enterprise_project_id", value}]` (spec/cdm.md §2.2 table 5-43). */
    enterpriseProjectId: z.string().min(1).optional(),
    isScheduleBootOff: z.boolean().optional(),
    scheduleBootTime: z.string().optional(),
    scheduleOffTime: z.string().optional(),
    isAutoOff: z.boolean().optional(),
    autoRemind: z.boolean().optional(),
    phoneNum: z.string().optional(),
    email: z.string().optional(),
  })
  .refine((input) => !(input.isAutoOff === true && input.isScheduleBootOff === true), {
    error: "isAutoOff and isScheduleBootOff cannot both be enabled (spec/cdm.md §2.2)",
  });
export type CreateClusterInput = z.input<typeof CreateClusterInputSchema>;

/** The §2.2 body, with the §5.1.6 spellings (`vpcId`, `auto_remind`, `phone_num`; GAP-11, GAP-12). */
export function createClusterBody(input: z.output<typeof CreateClusterInputSchema>): unknown {
  return compact({
    cluster: compact({
      name: input.name,
      vpcId: input.vpcId,
      instances: input.instances.map((instance) => ({
        availability_zone: instance.availabilityZone,
        nics: instance.nics.map((nic) => ({ securityGroupId: nic.securityGroupId, "net-id": nic.netId })),
        flavorRef: instance.flavorRef,
        type: instance.type,
      })),
      datastore: input.datastore && compact({ ...input.datastore }),
      extended_properties: input.extendedProperties && compact({ ...input.extendedProperties }),
      sys_tags:
        input.enterpriseProjectId === undefined
          ? undefined
          : [{ key: "_sys_enterprise_project_id", value: input.enterpriseProjectId }],
      isScheduleBootOff: input.isScheduleBootOff,
      scheduleBootTime: input.scheduleBootTime,
      scheduleOffTime: input.scheduleOffTime,
      isAutoOff: input.isAutoOff,
    }),
    auto_remind: input.autoRemind,
    phone_num: input.phoneNum,
    email: input.email,
  });
}

export interface CdmCreatedCluster {
  readonly id: string;
  readonly name?: string;
  readonly task?: { readonly id?: string; readonly name?: string };
  readonly datastore?: { readonly type?: string; readonly version?: string };
  readonly instances: readonly { id?: string; name?: string; type?: string; shardId?: string }[];
}

/** Answer of create (spec/cdm.md §2.2 table 5-44; 202, or 200 per GAP-13). */
export const CreateClusterResponseSchema: z.ZodType<CdmCreatedCluster> = z
  .object({
    id: z.string().min(1),
    name: z.string().optional(),
    task: z.object({ id: z.string().optional(), name: z.string().optional() }).optional(),
    datastore: z.object({ type: z.string().optional(), version: z.string().optional() }).optional(),
    instances: z
      .array(
        z.object({
          id: z.string().optional(),
          name: z.string().optional(),
          type: z.string().optional(),
          shard_id: z.string().optional(),
        }),
      )
      .optional(),
  })
  .transform((wire) =>
    compact({
      id: wire.id,
      name: wire.name,
      task: wire.task,
      datastore: wire.datastore,
      instances: (wire.instances ?? []).map((instance) =>
        compact({ id: instance.id, name: instance.name, type: instance.type, shardId: instance.shard_id }),
      ),
    }),
  );

export interface CdmClusterInstance {
  readonly id?: string;
  readonly name?: string;
  readonly status?: CdmNodeStatus;
  readonly type?: string;
  readonly actions: readonly string[];
  readonly isFrozen?: boolean;
  readonly flavorId?: string;
  readonly volume?: { readonly type?: string; readonly size?: number };
  readonly configStatus?: string;
  readonly role?: string;
  readonly group?: string;
  readonly components?: string;
  readonly paramsGroupId?: string;
  readonly publicIp?: string;
  readonly manageIp?: string;
  readonly trafficIp?: string;
  readonly shardId?: string;
  readonly manageFixIp?: string;
  readonly privateIp?: string;
  readonly internalIp?: string;
}

/** One shape for show (§2.3) and list (§2.4) elements; fields absent from the answer are omitted. */
export interface CdmCluster {
  readonly id: string;
  readonly name: string;
  readonly status: CdmClusterStatus;
  readonly statusDetail?: string;
  readonly created?: string;
  readonly updated?: string;
  readonly isFrozen?: boolean;
  /** Running actions (`REBOOTING` …); `[]` when idle. */
  readonly actions: readonly string[];
  /** Operation → percentage (`{"CREATING": "29%"}`); `{}` when idle. */
  readonly actionProgress: Readonly<Record<string, string>>;
  readonly configStatus?: string;
  readonly version?: string;
  readonly publicEndpoint?: string;
  readonly publicEndpointDomainName?: string;
  readonly publicEndpointStatus?: { readonly status?: string; readonly errorMessage?: string };
  readonly endpointDomainName?: string;
  readonly eipId?: string;
  readonly flavorName?: string;
  readonly azName?: string;
  readonly vpcId?: string;
  readonly subnetId?: string;
  readonly securityGroupId?: string;
  readonly datastore?: { readonly type?: string; readonly version?: string };
  readonly isAutoOff?: boolean;
  readonly isScheduleBootOff?: boolean;
  /** `failedReasons.CREATE_FAILED` of a cluster in status `303` (spec/cdm.md §2.8). */
  readonly createFailed?: { readonly errorCode?: string; readonly errorMsg?: string };
  readonly task?: { readonly id?: string; readonly name?: string; readonly description?: string };
  readonly customerConfig?: Readonly<Record<string, string>>;
  readonly maintainWindow?: { readonly day?: string; readonly startTime?: string; readonly endTime?: string };
  readonly recentEvent?: number;
  readonly bakExpectedStartTime?: string;
  readonly bakKeepDay?: number;
  readonly clusterMode?: string;
  readonly namespace?: string;
  readonly dbuser?: string;
  readonly instances: readonly CdmClusterInstance[];
}

const optionalText = z.string().optional();
/** `customerConfig` values are documented as strings; tolerate scalars and stringify them. */
const looseText = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const wireInstance = z.object({
  // spec/cdm.md §2.4: flavor, volume, config_status, links and resource are null in the list API.
  flavor: nullish(z.object({ id: z.string().optional() })),
  volume: nullish(z.object({ type: z.string().optional(), size: wireNumber.optional() })),
  status: z.enum(CDM_NODE_STATUSES).optional(),
  actions: nullish(wireStringList),
  type: optionalText,
  id: optionalText,
  name: optionalText,
  isFrozen: wireFlag.optional(),
  components: optionalText,
  config_status: nullish(z.string()),
  role: optionalText,
  group: optionalText,
  paramsGroupid: optionalText,
  publicip: optionalText,
  manageIp: optionalText,
  // spec/cdm.md §2.3: the detail table prints `trafficip`, the list table `trafficIp`.
  trafficIp: optionalText,
  trafficip: optionalText,
  shard_id: optionalText,
  manage_fix_ip: optionalText,
  private_ip: optionalText,
  internal_ip: optionalText,
});

const wireCluster = z.object({
  id: z.string().min(1),
  name: z.string(),
  status: z.enum(CDM_CLUSTER_STATUSES),
  statusDetail: optionalText,
  created: optionalText,
  updated: optionalText,
  isFrozen: wireFlag.optional(),
  actions: nullish(wireStringList),
  actionProgress: nullish(z.record(z.string(), z.string())),
  config_status: nullish(z.string()),
  version: optionalText,
  publicEndpoint: optionalText,
  publicEndpointDomainName: optionalText,
  publicEndpointStatus: nullish(
    z.object({ status: optionalText, errorMessage: nullish(z.string()) }),
  ),
  endpointDomainName: optionalText,
  eipId: optionalText,
  flavorName: optionalText,
  azName: optionalText,
  vpc_id: optionalText,
  subnet_id: optionalText,
  security_group_id: optionalText,
  datastore: nullish(z.object({ type: optionalText, version: optionalText })),
  isAutoOff: wireBoolean.optional(),
  isScheduleBootOff: wireBoolean.optional(),
  failedReasons: nullish(
    z.object({
      CREATE_FAILED: nullish(z.object({ errorCode: optionalText, errorMsg: optionalText })),
    }),
  ),
  task: nullish(z.object({ id: optionalText, name: optionalText, description: optionalText })),
  customerConfig: nullish(z.record(z.string(), looseText)),
  maintainWindow: nullish(z.object({ day: optionalText, startTime: optionalText, endTime: optionalText })),
  recentEvent: wireNumber.optional(),
  bakExpectedStartTime: optionalText,
  bakKeepDay: wireNumber.optional(),
  clusterMode: optionalText,
  namespace: optionalText,
  dbuser: optionalText,
  instances: nullish(z.array(wireInstance)),
});

function toInstance(wire: z.output<typeof wireInstance>): CdmClusterInstance {
  return compact({
    id: wire.id,
    name: wire.name,
    status: wire.status,
    type: wire.type,
    actions: wire.actions ?? [],
    isFrozen: wire.isFrozen,
    flavorId: wire.flavor?.id,
    volume: wire.volume && compact({ type: wire.volume.type, size: wire.volume.size }),
    configStatus: wire.config_status,
    role: wire.role,
    group: wire.group,
    components: wire.components,
    paramsGroupId: wire.paramsGroupid,
    publicIp: wire.publicip,
    manageIp: wire.manageIp,
    trafficIp: wire.trafficIp ?? wire.trafficip,
    shardId: wire.shard_id,
    manageFixIp: wire.manage_fix_ip,
    privateIp: wire.private_ip,
    internalIp: wire.internal_ip,
  });
}

function toCluster(wire: z.output<typeof wireCluster>): CdmCluster {
  const customerConfig = wire.customerConfig && { ...wire.customerConfig };
  // spec/cdm.md §2.3: the list table spells `workspaceId`, the detail table `workSpaceId`.
  if (customerConfig?.workSpaceId !== undefined && customerConfig.workspaceId === undefined) {
    customerConfig.workspaceId = customerConfig.workSpaceId;
    delete customerConfig.workSpaceId;
  }
  return compact({
    id: wire.id,
    name: wire.name,
    status: wire.status,
    statusDetail: wire.statusDetail,
    created: wire.created,
    updated: wire.updated,
    isFrozen: wire.isFrozen,
    actions: wire.actions ?? [],
    actionProgress: wire.actionProgress ?? {},
    configStatus: wire.config_status,
    version: wire.version,
    publicEndpoint: wire.publicEndpoint,
    publicEndpointDomainName: wire.publicEndpointDomainName,
    publicEndpointStatus:
      wire.publicEndpointStatus &&
      compact({ status: wire.publicEndpointStatus.status, errorMessage: wire.publicEndpointStatus.errorMessage }),
    endpointDomainName: wire.endpointDomainName,
    eipId: wire.eipId,
    flavorName: wire.flavorName,
    azName: wire.azName,
    vpcId: wire.vpc_id,
    subnetId: wire.subnet_id,
    securityGroupId: wire.security_group_id,
    datastore: wire.datastore && compact({ ...wire.datastore }),
    isAutoOff: wire.isAutoOff,
    isScheduleBootOff: wire.isScheduleBootOff,
    createFailed: wire.failedReasons?.CREATE_FAILED && compact({ ...wire.failedReasons.CREATE_FAILED }),
    task: wire.task && compact({ ...wire.task }),
    customerConfig,
    maintainWindow: wire.maintainWindow && compact({ ...wire.maintainWindow }),
    recentEvent: wire.recentEvent,
    bakExpectedStartTime: wire.bakExpectedStartTime,
    bakKeepDay: wire.bakKeepDay,
    clusterMode: wire.clusterMode,
    namespace: wire.namespace,
    dbuser: wire.dbuser,
    instances: (wire.instances ?? []).map(toInstance),
  });
}

export const ShowClusterResponseSchema: z.ZodType<CdmCluster> = wireCluster.transform(toCluster);

export const ListClustersResponseSchema: z.ZodType<CdmCluster[]> = z
  .object({ clusters: z.array(wireCluster) })
  .transform((wire) => wire.clusters.map(toCluster));

/** Action answers: restart's `jobId` is a string, start/stop's an array (spec/cdm.md §2.6, §2.7). */
export const ClusterJobIdsResponseSchema: z.ZodType<string[]> = z
  .object({ jobId: z.union([z.string(), z.array(z.string())]).optional() })
  .transform((wire) => (wire.jobId === undefined ? [] : typeof wire.jobId === "string" ? [wire.jobId] : wire.jobId));
