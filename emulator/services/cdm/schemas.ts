import { z } from "zod";

/** Request bodies of the CDM API (spec/cdm.md §2–§4). Unknown keys are ignored, as the service does. */

const NicSchema = z.object({
  securityGroupId: z.string().min(1),
  "net-id": z.string().min(1),
});

/** spec/cdm.md §2.2 table 5-39. */
const InstanceSchema = z.object({
  availability_zone: z.string().min(1),
  nics: z.array(NicSchema).min(1).max(2, { error: "nics: at most two NICs" }),
  flavorRef: z.string().min(1),
  type: z.literal("cdm", { error: "instances[].type must be cdm" }),
});

/** spec/cdm.md §2.2 table 5-38; GAP-11: the VPC field is `vpcId` (variants tolerated). */
export const CreateClusterBodySchema = z.object({
  cluster: z.object({
    name: z.string().min(1),
    vpcId: z.string().optional(),
    vpclId: z.string().optional(),
    vpId: z.string().optional(),
    vpclid: z.string().optional(),
    instances: z.array(InstanceSchema).min(1),
    datastore: z.object({ type: z.string().optional(), version: z.string().optional() }).optional(),
    extended_properties: z.record(z.string(), z.unknown()).optional(),
    sys_tags: z.array(z.object({ key: z.string(), value: z.string() })).optional(),
    isScheduleBootOff: z.boolean().optional(),
    scheduleBootTime: z.string().optional(),
    scheduleOffTime: z.string().optional(),
    isAutoOff: z.boolean().optional(),
  }),
  auto_remind: z.boolean().optional(),
  phone_num: z.string().optional(),
  email: z.string().optional(),
});
export type CreateClusterBody = z.infer<typeof CreateClusterBodySchema>;

/** spec/cdm.md §2.5: `keep_last_manual_backup` is required ("just send 0"). */
export const DeleteClusterBodySchema = z.object({
  keep_last_manual_backup: z.number().int().nonnegative(),
});

/** spec/cdm.md §2.6, §2.7: exactly one of `restart`, `start`, `stop`. */
export const ClusterActionBodySchema = z.object({
  restart: z
    .object({
      restartDelayTime: z.number().int().optional(),
      restartMode: z.enum(["IMMEDIATELY", "FORCELY", "SOFTLY"]).optional(),
      restartLevel: z.enum(["SERVICE", "VM"]).optional(),
      type: z.literal("cdm", { error: "restart.type must be cdm" }),
      instance: z.string().optional(),
      group: z.string().optional(),
    })
    .optional(),
  start: z.object({}).optional(),
  stop: z
    .object({
      stopMode: z.enum(["IMMEDIATELY", "GRACEFULLY"]),
      delayTime: z.number().int().optional(),
    })
    .optional(),
});
export type ClusterActionBody = z.infer<typeof ClusterActionBodySchema>;

/** spec/cdm.md §3.2 `Input`: the value is validated by the handlers (must be a string). */
const InputSchema = z.object({
  name: z.string().min(1),
  value: z.unknown(),
  type: z.string().optional(),
});

const ConfigGroupSchema = z.object({
  name: z.string().min(1),
  inputs: z.array(InputSchema),
  id: z.number().optional(),
  type: z.string().optional(),
});

export const ConfigValuesSchema = z.object({
  configs: z.array(ConfigGroupSchema),
  "extended-configs": z
    .object({ name: z.string().optional(), value: z.string().optional() })
    .optional(),
  validators: z.array(z.string()).optional(),
});

/** spec/cdm.md §3.2 `link`. */
export const LinkSchema = z.object({
  name: z.string().min(1),
  "connector-name": z.string().min(1),
  "link-config-values": ConfigValuesSchema,
  enabled: z.boolean().optional(),
});
export type LinkBody = z.infer<typeof LinkSchema>;

/** Create and update bodies are `{"links": [<link>]}`; the emulator takes exactly one link. */
export const LinksBodySchema = z.object({ links: z.array(LinkSchema).length(1) });

/** spec/cdm.md §4.2 `Job`. */
export const JobSchema = z.object({
  job_type: z.string().min(1),
  name: z.string().min(1).max(240),
  "from-connector-name": z.string().min(1),
  "from-link-name": z.string().min(1),
  "from-config-values": ConfigValuesSchema,
  "to-connector-name": z.string().min(1),
  "to-link-name": z.string().min(1),
  "to-config-values": ConfigValuesSchema,
  "driver-config-values": ConfigValuesSchema,
});
export type JobBody = z.infer<typeof JobSchema>;

/** Create and update bodies are `{"jobs": [<Job>]}`; the emulator takes exactly one job. */
export const JobsBodySchema = z.object({ jobs: z.array(JobSchema).length(1) });

/** spec/cdm.md §4.5. */
export const RandomClusterJobBodySchema = z.object({
  jobs: z.array(JobSchema).length(1),
  clusters: z.array(z.string()).min(1),
});

/** spec/cdm.md §4.9: an optional `variables` object. */
export const StartJobBodySchema = z
  .object({ variables: z.record(z.string(), z.unknown()).optional() })
  .optional();
