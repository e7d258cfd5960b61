/**
 * Queue request and answer schemas (spec/dli.md §2). Show answers camelCase `queueName`/`queueType`/
 * `cuCount` (§2.4, seed §6.4) while list answers snake_case (§2.3) and the quick-start copy of show
 * is snake_case too: both decode to one `DliQueue` shape.
 */
import { z } from "zod";
import { envelope } from "./envelope";
import { DLI_NAME_PATTERN } from "./normaliseDliName";
import { compact, wireBoolean, wireNumber, wireStringList } from "./wireScalars";

const dliName = z.string().regex(DLI_NAME_PATTERN, {
  error: "letters, digits and _ only, not all digits, not starting with _, 1–128 characters",
});
export const DliQueueNameSchema = dliName;

const tag = z.strictObject({ key: z.string().min(1), value: z.string() });

export const CreateQueueInputSchema = z.strictObject({
  queueName: dliName,
  /** Default `sql` on the service side; `all` is a list filter only (spec/dli.md §2.1). */
  queueType: z.enum(["sql", "general"]).optional(),
  description: z.string().optional(),
  /** "Currently only 16, 64, 256" (spec/dli.md §2.1). */
  cuCount: z.union([z.literal(16), z.literal(64), z.literal(256)]),
  enterpriseProjectId: z.string().min(1).optional(),
  /** `aarch64` is outside the seed but in current docs (spec/dli.md §2.1). */
  platform: z.enum(["x86_64", "aarch64"]).optional(),
  /** `0` shared, `1` dedicated. */
  resourceMode: z.union([z.literal(0), z.literal(1)]).optional(),
  /** Only the cross-AZ label exists (spec/dli.md §2.1). */
  labels: z.array(z.literal("multi_az=2")).optional(),
  tags: z.array(tag).optional(),
  /** Outside the seed (spec/dli.md §2.1): only `1` may be set. */
  chargingMode: z.literal(1).optional(),
  feature: z.enum(["basic", "ai"]).optional(),
  elasticResourcePoolName: z
    .string()
    .regex(/^(?!_)(?![0-9]+$)[a-z0-9_]{1,128}$/)
    .optional(),
});
export type CreateQueueInput = z.input<typeof CreateQueueInputSchema>;

export function createQueueBody(input: z.output<typeof CreateQueueInputSchema>): unknown {
  return compact({
    queue_name: input.queueName,
    queue_type: input.queueType,
    description: input.description,
    cu_count: input.cuCount,
    enterprise_project_id: input.enterpriseProjectId,
    platform: input.platform,
    resource_mode: input.resourceMode,
    labels: input.labels,
    tags: input.tags,
    charging_mode: input.chargingMode,
    feature: input.feature,
    elastic_resource_pool_name: input.elasticResourcePoolName,
  });
}

export const CreateQueueResponseSchema: z.ZodType<{ queueName?: string }> = envelope({
  queue_name: z.string().optional(),
}).transform((wire) => compact({ queueName: wire.queue_name }));

/** `spark` appears in the list example (spec/dli.md §2.3). */
export const DLI_QUEUE_TYPES = ["sql", "general", "all", "spark"] as const;

/** One shape for show (§2.4) and list (§2.3) entries; fields the answer lacks are omitted. */
export interface DliQueue {
  /** Lower case, as the service stores it. */
  readonly name: string;
  readonly cuCount: number;
  readonly queueType?: (typeof DLI_QUEUE_TYPES)[number];
  readonly description?: string;
  readonly owner?: string;
  readonly createTime?: number;
  readonly resourceId?: string;
  readonly resourceMode?: number;
  readonly enterpriseProjectId?: string;
  readonly cuSpec?: number;
  readonly cuScaleOutLimit?: number;
  readonly cuScaleInLimit?: number;
  readonly resourceType?: string;
  /** List only. */
  readonly platform?: string;
  readonly isRestarting?: boolean;
  readonly labels?: readonly string[];
  readonly cidrInVpc?: string;
  readonly cidrInSubnet?: string;
  readonly cidrInMgntSubnet?: string;
  readonly chargingMode?: number;
  readonly feature?: string;
  readonly elasticResourcePoolName?: string;
}

const text = z.string().optional();
const num = wireNumber.optional();
const queueType = z.enum(DLI_QUEUE_TYPES).optional();

/** Fields both forms spell the same way. */
const commonQueueFields = {
  description: text,
  owner: text,
  create_time: num,
  resource_id: text,
  resource_mode: num,
  enterprise_project_id: text,
  cu_spec: num,
  cu_scale_out_limit: num,
  cu_scale_in_limit: num,
  resource_type: text,
  feature: text,
  elastic_resource_pool_name: text,
};

const wireListQueue = z.object({
  ...commonQueueFields,
  queue_name: z.string(),
  queue_type: queueType,
  cu_count: wireNumber,
  platform: text,
  is_restarting: wireBoolean.optional(),
  labels: wireStringList.optional(),
  cidr_in_vpc: text,
  cidr_in_subnet: text,
  // spec/dli.md §2.3: the table spells `mgmt`, the example and the Go SDK `mgnt`.
  cidr_in_mgntsubnet: text,
  cidr_in_mgmtsubnet: text,
  charging_mode: num,
});

const commonQueueObject = z.object(commonQueueFields);

function common(wire: z.output<typeof commonQueueObject>) {
  return {
    description: wire.description,
    owner: wire.owner,
    createTime: wire.create_time,
    resourceId: wire.resource_id,
    resourceMode: wire.resource_mode,
    enterpriseProjectId: wire.enterprise_project_id,
    cuSpec: wire.cu_spec,
    cuScaleOutLimit: wire.cu_scale_out_limit,
    cuScaleInLimit: wire.cu_scale_in_limit,
    resourceType: wire.resource_type,
    feature: wire.feature,
    elasticResourcePoolName: wire.elastic_resource_pool_name,
  };
}

function fromListEntry(wire: z.output<typeof wireListQueue>): DliQueue {
  return compact({
    name: wire.queue_name,
    cuCount: wire.cu_count,
    queueType: wire.queue_type,
    ...common(wire),
    platform: wire.platform,
    isRestarting: wire.is_restarting,
    labels: wire.labels,
    cidrInVpc: wire.cidr_in_vpc,
    cidrInSubnet: wire.cidr_in_subnet,
    cidrInMgntSubnet: wire.cidr_in_mgntsubnet ?? wire.cidr_in_mgmtsubnet,
    chargingMode: wire.charging_mode,
  });
}

/** Show answer: camelCase (seed §6.4) or snake_case (seed §4.1); client rule of spec/dli.md §2.4. */
export const ShowQueueResponseSchema: z.ZodType<DliQueue> = envelope({
  ...commonQueueFields,
  queueName: text,
  queue_name: text,
  queueType: queueType,
  queue_type: queueType,
  cuCount: num,
  cu_count: num,
  chargingMode: num,
  charging_mode: num,
})
  .refine((wire) => (wire.queueName ?? wire.queue_name) !== undefined, { error: "queue answer has no queueName" })
  .refine((wire) => (wire.cuCount ?? wire.cu_count) !== undefined, { error: "queue answer has no cuCount" })
  .transform((wire) =>
    compact({
      name: (wire.queueName ?? wire.queue_name) as string,
      cuCount: (wire.cuCount ?? wire.cu_count) as number,
      queueType: wire.queueType ?? wire.queue_type,
      ...common(wire),
      chargingMode: wire.chargingMode ?? wire.charging_mode,
    }),
  );

export const ListQueuesResponseSchema: z.ZodType<DliQueue[]> = envelope({
  queues: z.array(wireListQueue),
}).transform((wire) => wire.queues.map(fromListEntry));

/** Body of `PUT …/queues/{queue_name}/action` (spec/dli.md §2.5). */
export const QueueActionInputSchema = z.discriminatedUnion("action", [
  z.strictObject({
    action: z.literal("restart"),
    /** Force restart: becomes an async job whose id is returned. */
    force: z.boolean().optional(),
  }),
  z.strictObject({
    action: z.enum(["scale_out", "scale_in"]),
    /** The CU delta (not the target), a positive multiple of 16 (spec/dli.md §2.5, §9 gap 5). */
    cuCount: z
      .number()
      .int()
      .positive()
      .refine((value) => value % 16 === 0, { error: "cuCount must be a multiple of 16" }),
  }),
]);
export type QueueActionInput = z.input<typeof QueueActionInputSchema>;

export function queueActionBody(input: z.output<typeof QueueActionInputSchema>): unknown {
  return input.action === "restart"
    ? compact({ action: input.action, force: input.force })
    : { action: input.action, cu_count: input.cuCount };
}

export interface DliQueueActionResult {
  readonly message?: string;
  /** Forced restart only: poll it with `showJobStatus` (spec/dli.md §2.5). */
  readonly jobId?: string;
  /** Scale actions only. */
  readonly queueName?: string;
  readonly result?: boolean;
}

/** Restart answers the envelope; scale answers `{queue_name, result}` without one (spec/dli.md §1.6). */
export const QueueActionResponseSchema: z.ZodType<DliQueueActionResult> = envelope({
  job_id: text,
  queue_name: text,
  result: wireBoolean.optional(),
}).transform((wire) =>
  compact({ message: wire.message, jobId: wire.job_id, queueName: wire.queue_name, result: wire.result }),
);
