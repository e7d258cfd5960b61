/**
 * Job request and answer schemas (spec/cdm.md §4.2–§4.3). The three parameter sets are flat maps
 * keyed by wire name (`fromJobConfig.tableName`, `throttlingConfig.numExtractors` …) and turned into
 * config groups by `toConfigs`: `fromJobConfig`, `toJobConfig`, and the task groups by prefix.
 */
import { z } from "zod";
import {
  type CdmConfigMap,
  type CdmInputValue,
  CdmInputValueSchema,
  WireConfigValuesSchema,
  fromConfigs,
  groupByPrefix,
  toConfigs,
} from "./configValues";
import { compact, wireBoolean, wireNumber } from "./wireScalars";

export const CDM_JOB_TYPES = ["NORMAL_JOB", "BATCH_JOB", "SCENARIO_JOB"] as const;
export type CdmJobType = (typeof CDM_JOB_TYPES)[number];

/** Connector names a job may use (spec/cdm.md §4.2); `dli-connector` as destination only (GAP-41). */
export const CDM_JOB_CONNECTORS = [
  "generic-jdbc-connector",
  "obs-connector",
  "hdfs-connector",
  "hbase-connector",
  "hive-connector",
  "ftp-connector",
  "sftp-connector",
  "mongodb-connector",
  "redis-connector",
  "kafka-connector",
  "dis-connector",
  "elasticsearch-connector",
  "http-connector",
  "dms-kafka-connector",
] as const;
/** Connectors that can only be a source (spec/cdm.md §4.16). */
const SOURCE_ONLY = ["kafka-connector", "dms-kafka-connector", "http-connector"];

/** Task groups in the order every seed example sends them (spec/cdm.md §4.15). */
export const CDM_DRIVER_GROUPS = [
  "throttlingConfig",
  "jarConfig",
  "schedulerConfig",
  "transformConfig",
  "retryJobConfig",
  "groupJobConfig",
] as const;

/** Sent when the caller gives no task parameters: the seed's default block (spec/cdm.md §4.15). */
export const CDM_DEFAULT_DRIVER_CONFIG: CdmConfigMap = {
  "throttlingConfig.numExtractors": "1",
  "throttlingConfig.numLoaders": "1",
  "throttlingConfig.recordDirtyData": "false",
  "schedulerConfig.isSchedulerJob": "false",
  "schedulerConfig.disposableType": "NONE",
  "retryJobConfig.retryJobType": "NONE",
};

/** Job parameters that carry key material (spec/cdm.md §3.5.15, §4.17). */
export const CDM_JOB_SECRET_INPUTS = [
  "fromJobConfig.dek",
  "fromJobConfig.iv",
  "toJobConfig.dek",
  "toJobConfig.iv",
] as const;

function prefixedMap(prefixes: readonly string[]) {
  const pattern = new RegExp(`^(${prefixes.join("|")})\\.\\S`);
  return z.record(
    z.string().regex(pattern, { error: `parameter names must start with ${prefixes.map((p) => `${p}.`).join(" or ")}` }),
    CdmInputValueSchema,
  );
}

/** 1–240 characters; `all` is reserved for listing (spec/cdm.md §4, GAP-48). */
export const CdmJobNameSchema = z
  .string()
  .min(1)
  .max(240)
  .refine((name) => name !== "all", { error: "`all` is reserved for listing jobs (spec/cdm.md §4.6)" });

export const CdmJobInputSchema = z
  .strictObject({
    name: CdmJobNameSchema,
    jobType: z.enum(CDM_JOB_TYPES).default("NORMAL_JOB"),
    fromConnectorName: z.enum(CDM_JOB_CONNECTORS),
    fromLinkName: z.string().min(1),
    fromConfig: prefixedMap(["fromJobConfig"]),
    toConnectorName: z.enum([...CDM_JOB_CONNECTORS, "dli-connector"]),
    toLinkName: z.string().min(1),
    toConfig: prefixedMap(["toJobConfig"]),
    /** Task parameters; when omitted the seed's default block is sent (spec/cdm.md §4.15). */
    driverConfig: prefixedMap(CDM_DRIVER_GROUPS).optional(),
  })
  .refine((input) => !SOURCE_ONLY.includes(input.toConnectorName), {
    error: "kafka-connector, dms-kafka-connector and http-connector can only be sources (spec/cdm.md §4.16)",
  });
export type CdmJobInput = z.input<typeof CdmJobInputSchema>;

/** The wire `Job` object (spec/cdm.md §4.2). */
export function jobWire(input: z.output<typeof CdmJobInputSchema>): unknown {
  return {
    job_type: input.jobType,
    name: input.name,
    "from-connector-name": input.fromConnectorName,
    "from-link-name": input.fromLinkName,
    "from-config-values": { configs: toConfigs(input.fromConfig, "fromJobConfig") },
    "to-connector-name": input.toConnectorName,
    "to-link-name": input.toLinkName,
    "to-config-values": { configs: toConfigs(input.toConfig, "toJobConfig") },
    "driver-config-values": {
      // Every seed example sends the first five groups, `jarConfig`/`transformConfig` empty (§4.15).
      configs: toConfigs(
        input.driverConfig ?? CDM_DEFAULT_DRIVER_CONFIG,
        groupByPrefix,
        CDM_DRIVER_GROUPS.slice(0, 5),
      ),
    },
  };
}

/** Job status = status of the last run (spec/cdm.md §4.2); differs from submission statuses. */
export const CDM_JOB_STATUSES = ["BOOTING", "RUNNING", "SUCCEEDED", "FAILED", "NEW"] as const;
export type CdmJobStatus = (typeof CDM_JOB_STATUSES)[number];

/** One shape for a job read back by show or list (spec/cdm.md §4.2, §4.6). */
export interface CdmJob {
  readonly name: string;
  readonly jobType: CdmJobType;
  readonly fromConnectorName: string;
  readonly fromLinkName: string;
  readonly fromConfig: Readonly<Record<string, CdmInputValue>>;
  readonly toConnectorName: string;
  readonly toLinkName: string;
  readonly toConfig: Readonly<Record<string, CdmInputValue>>;
  readonly driverConfig: Readonly<Record<string, CdmInputValue>>;
  readonly status?: CdmJobStatus;
  readonly id?: number;
  readonly enabled?: boolean;
  readonly groupName?: string;
  readonly creationUser?: string;
  readonly creationDate?: number;
  readonly updateUser?: string;
  readonly updateDate?: number;
  readonly externalId?: string;
  /** `1` for a scheduled job. */
  readonly flag?: number;
  readonly isUseSql?: boolean;
  readonly isIncrementing?: boolean;
  readonly executeStartDate?: number;
  readonly executeUpdateDate?: number;
  readonly executeCreateDate?: number;
  readonly filesRead?: number;
  readonly filesWritten?: number;
  readonly bytesRead?: number;
  readonly bytesWritten?: number;
  readonly rowsRead?: number;
  readonly rowsWritten?: number;
}

const num = wireNumber.optional();
const text = z.string().optional();
const flag = wireBoolean.optional();

const wireJob = z
  .object({
    name: z.string(),
    job_type: z.enum(CDM_JOB_TYPES).optional(),
    type: z.enum(CDM_JOB_TYPES).optional(),
    "from-connector-name": z.string(),
    "from-link-name": z.string(),
    "from-config-values": WireConfigValuesSchema,
    "to-connector-name": z.string(),
    "to-link-name": z.string(),
    "to-config-values": WireConfigValuesSchema,
    "driver-config-values": WireConfigValuesSchema.optional(),
    status: z.enum(CDM_JOB_STATUSES).optional(),
    id: num,
    enabled: flag,
    group_name: text,
    "creation-user": text,
    "creation-date": num,
    "update-user": text,
    "update-date": num,
    external_id: text,
    flag: num,
    is_use_sql: flag,
    is_incrementing: flag,
    is_incre_job: flag,
    execute_start_date: num,
    execute_update_date: num,
    execute_create_date: num,
    files_read: num,
    files_written: num,
    bytes_read: num,
    bytes_written: num,
    rows_read: num,
    rows_written: num,
  })
  // `type` repeats `job_type` (spec/cdm.md §4.2); one of them must be there.
  .refine((wire) => (wire.job_type ?? wire.type) !== undefined, { error: "job has neither job_type nor type" });

function toJob(wire: z.output<typeof wireJob>): CdmJob {
  return compact({
    name: wire.name,
    jobType: (wire.job_type ?? wire.type) as CdmJobType,
    fromConnectorName: wire["from-connector-name"],
    fromLinkName: wire["from-link-name"],
    fromConfig: fromConfigs(wire["from-config-values"].configs),
    toConnectorName: wire["to-connector-name"],
    toLinkName: wire["to-link-name"],
    toConfig: fromConfigs(wire["to-config-values"].configs),
    driverConfig: fromConfigs(wire["driver-config-values"]?.configs ?? []),
    status: wire.status,
    id: wire.id,
    enabled: wire.enabled,
    groupName: wire.group_name,
    creationUser: wire["creation-user"],
    creationDate: wire["creation-date"],
    updateUser: wire["update-user"],
    updateDate: wire["update-date"],
    externalId: wire.external_id,
    flag: wire.flag,
    isUseSql: wire.is_use_sql,
    isIncrementing: wire.is_incrementing ?? wire.is_incre_job,
    executeStartDate: wire.execute_start_date,
    executeUpdateDate: wire.execute_update_date,
    executeCreateDate: wire.execute_create_date,
    filesRead: wire.files_read,
    filesWritten: wire.files_written,
    bytesRead: wire.bytes_read,
    bytesWritten: wire.bytes_written,
    rowsRead: wire.rows_read,
    rowsWritten: wire.rows_written,
  });
}

export interface CdmJobPage {
  readonly jobs: readonly CdmJob[];
  /**
   * Number of jobs matching; `0` when reading a single job (spec/cdm.md §4.6). Absent when the
   * answer has no `total`: a list then ends only on a short page.
   */
  readonly total?: number;
  readonly pageNo?: number;
  readonly pageSize?: number;
}

/** `{total, jobs, page_no, page_size}` of show and list (spec/cdm.md §4.6). */
export const JobPageResponseSchema: z.ZodType<CdmJobPage> = z
  .object({
    total: wireNumber.optional(),
    jobs: z.array(wireJob),
    page_no: wireNumber.optional(),
    page_size: wireNumber.optional(),
  })
  .transform((wire) =>
    compact({
      jobs: wire.jobs.map(toJob),
      total: wire.total,
      pageNo: wire.page_no,
      pageSize: wire.page_size,
    }),
  );
