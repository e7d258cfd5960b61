/**
 * Shared enumerations (spec/dataworks.md §2) and input pieces. Environment encodings differ per API
 * (§2.1), so each API gets its own enum here and none is shared across APIs.
 */
import { z } from "zod";

// ---- Files (§2.2 – §2.4, §2.6) ----

/**
 * File (node) type codes of §2.2. The list is not exhaustive (ListFileType is authoritative, its
 * example reports 127 types), so inputs and answers accept any integer; the names are for callers.
 */
export const FILE_TYPES = {
  SHELL: 6,
  ODPS_SQL: 10,
  ODPS_MR: 11,
  DATA_INTEGRATION: 23,
  ODPS_SCRIPT: 24,
  PAI: 97,
  COMBINED_NODE: 98,
  VIRTUAL_NODE: 99,
  PYODPS_2: 221,
  ODPS_SPARK: 225,
  EMR_HIVE: 227,
  EMR_SPARK: 228,
  EMR_SPARK_SQL: 229,
  EMR_MR: 230,
  OSS_OBJECT_CHECK: 239,
  EMR_SHELL: 257,
  EMR_SPARK_SHELL: 258,
  EMR_PRESTO: 259,
  EMR_IMPALA: 260,
  REALTIME_SYNC: 900,
  PAI_INNER_NODE: 1002,
  CROSS_TENANT_NODE: 1089,
  HOLOGRES_DEVELOPMENT: 1091,
  HOLOGRES_SQL: 1093,
  ASSIGNMENT_NODE: 1100,
  FOREACH: 1106,
  PYODPS_3: 1221,
} as const;
export const FileType = z.number().int().nonnegative();

/** `UseType` of files (§2.3). */
export const FileUseType = z.enum([
  "NORMAL",
  "MANUAL",
  "MANUAL_BIZ",
  "SKIP",
  "ADHOCQUERY",
  "COMPONENT",
]);
export type FileUseType = z.infer<typeof FileUseType>;

/** `UseType` of business flows (§2.3): a narrower set than files. */
export const BusinessUseType = z.enum(["NORMAL", "MANUAL_BIZ"]);
export type BusinessUseType = z.infer<typeof BusinessUseType>;

export const RerunMode = z.enum(["ALL_ALLOWED", "FAILURE_ALLOWED", "ALL_DENIED"]);
export type RerunMode = z.infer<typeof RerunMode>;

/** `CycleType` (§2.4): `NOT_DAY` for minute/hour schedules, `DAY` for day/week/month. */
export const CycleType = z.enum(["DAY", "NOT_DAY"]);
export type CycleType = z.infer<typeof CycleType>;

export const DependentType = z.enum(["SELF", "CHILD", "USER_DEFINE", "NONE"]);
export type DependentType = z.infer<typeof DependentType>;

export const SchedulerType = z.enum(["NORMAL", "MANUAL", "PAUSE", "SKIP"]);
export type SchedulerType = z.infer<typeof SchedulerType>;

/** `ParseType` of GetFile `InputList` items (§2.4). */
export const ParseType = z.enum(["MANUAL", "AUTO"]);

/** `CommitStatus` (§2.6): 0 latest code not committed, 1 committed. */
export const CommitStatus = z.literal([0, 1]);

/**
 * `DeletedStatus` (§2.6). The example prints `RECYCLE`, which is read as `RECYCLE_BIN`.
 */
export const DeletedStatus = z.union([
  z.enum(["NORMAL", "RECYCLE_BIN", "DELETED"]),
  z.literal("RECYCLE").transform((): "RECYCLE_BIN" => "RECYCLE_BIN"),
]);
export type DeletedStatus = z.output<typeof DeletedStatus>;

/** Node-context output parameter `Type` (§2.4): 1 constant, 2 variable, 3 pass-through. */
export const OutputParameterType = z.literal([1, 2, 3]);
export type OutputParameterType = z.infer<typeof OutputParameterType>;

// ---- File versions (§2.6) ----

export const ChangeType = z.enum(["CREATE", "UPDATE", "DELETE"]);
export const FileVersionStatus = z.enum([
  "COMMITTING",
  "COMMITTED",
  "CHECK_OK",
  "PACKAGED",
  "DEPLOYING",
  "DEPLOYED",
  "CANCELLED",
]);

// ---- Deployments (§2.1, §2.6) ----

/** GetDeployment `Status`: 0 ready, 1 success, 2 failure. */
export const DeploymentStatus = z.literal([0, 1, 2]);
export type DeploymentStatus = z.infer<typeof DeploymentStatus>;
export const DEPLOYMENT_STATUS = { READY: 0, SUCCESS: 1, FAILURE: 2 } as const;

/** ListDeployments `Status` (filter and result) adds 6 rejected (§2.6). */
export const ListedDeploymentStatus = z.literal([0, 1, 2, 6]);
export type ListedDeploymentStatus = z.infer<typeof ListedDeploymentStatus>;
export const LISTED_DEPLOYMENT_STATUS = { READY: 0, SUCCESS: 1, FAILURE: 2, REJECTED: 6 } as const;

/** GetDeployment `CheckingStatus`: 7 check failed, 8 checking; absent when no check is pending. */
export const CheckingStatus = z.literal([7, 8]);
export const CHECKING_STATUS = { CHECK_FAILED: 7, CHECKING: 8 } as const;

/** GetDeployment `FromEnvironment` (§2.1): 0 local, 1 development. */
export const DeploymentFromEnvironment = z.literal([0, 1]);
export const DEPLOYMENT_FROM_ENVIRONMENT = { LOCAL: 0, DEVELOPMENT: 1 } as const;

/** GetDeployment `ToEnvironment` (§2.1): 1 development, 2 production. */
export const DeploymentToEnvironment = z.literal([1, 2]);
export const DEPLOYMENT_TO_ENVIRONMENT = { DEVELOPMENT: 1, PRODUCTION: 2 } as const;

/** CheckFileDeployment `Status` (request, §2.6). */
export const FileDeploymentCheckStatus = z.enum(["OK", "WARN", "FAIL"]);

// ---- UDF files (§3.2.1) ----

export const FunctionType = z.enum(["MATH", "AGGREGATE", "STRING", "DATE", "ANALYTIC", "OTHER"]);
export type FunctionType = z.infer<typeof FunctionType>;

// ---- Data sources (§2.1, §2.7) ----

/** Data source `EnvType` (§2.1): Integer 0 development, 1 production. */
export const DataSourceEnvType = z.literal([0, 1]);
export type DataSourceEnvType = z.infer<typeof DataSourceEnvType>;
export const DATA_SOURCE_ENV_TYPE = { DEVELOPMENT: 0, PRODUCTION: 1 } as const;

/** Common `DataSourceType` values (§2.7.1); "常用类型", not exhaustive, so any name is accepted. */
export const COMMON_DATA_SOURCE_TYPES = [
  "odps",
  "mysql",
  "rds",
  "oss",
  "sqlserver",
  "polardb",
  "oracle",
  "mongodb",
  "emr",
  "postgresql",
  "analyticdb_for_mysql",
  "hybriddb_for_postgresql",
  "holo",
  "kafka",
  "redis",
  "ads",
] as const;
export const DataSourceType = z.string().min(1);

/** `SubType`, effective only with `DataSourceType=rds` (§2.7.1). */
export const DataSourceSubType = z.enum(["mysql", "sqlserver", "postgresql"]);
export type DataSourceSubType = z.infer<typeof DataSourceSubType>;

/** ListDataSources `Status` filter (String): ENABLED / DISABLED (§2.7.1). */
export const DataSourceStatusFilter = z.enum(["ENABLED", "DISABLED"]);

/** ListDataSources `Status` / `ConnectStatus` result (Integer): 1 normal, 2 disabled (§2.7.1). */
export const DataSourceStatus = z.literal([1, 2]);

// ---- Workspace (§3.6) ----

/** GetProject `EnvTypes` items (§2.1): PROD, DEV. */
export const ProjectEnvType = z.enum(["PROD", "DEV"]);
export type ProjectEnvType = z.infer<typeof ProjectEnvType>;

/** GetProject `ProjectMode`: 2 simple mode, 3 standard mode. */
export const ProjectMode = z.literal([2, 3]);
export const PROJECT_MODE = { SIMPLE: 2, STANDARD: 3 } as const;

/** GetProject `Status`: AVAILABLE(0) … UPDATE_FAILED(9). */
export const ProjectStatus = z.literal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

/** ListFileType `Locale`. */
export const Locale = z.enum(["zh-CN", "en-US"]);

// ---- Input pieces ----

/** An ID the caller passes (`Long`): a positive safe integer. */
export const idInput = z.number().int().positive();

/** A non-empty string input. */
export const text = z.string().min(1);

/**
 * The workspace selector of chapter-4 APIs (§1.5): "二者必须设置其一". Exactly one is required here,
 * because the seeds do not say which one wins when both are sent and disagree.
 */
export const projectSelector = {
  projectId: idInput.optional(),
  projectIdentifier: text.optional(),
};

export function exactlyOneOf<T extends object>(...keys: (keyof T & string)[]) {
  return (value: T, ctx: z.RefinementCtx): void => {
    const given = keys.filter((key) => value[key] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: "custom",
        message: `exactly one of ${keys.join(", ")} must be set (got ${given.length})`,
        path: [keys[0] ?? ""],
      });
    }
  };
}

/** Comma-separated list parameters (`InputList`, `FileTypes`, `Resources`…) taken as arrays. */
export function commaList<S extends z.ZodType<string | number>>(item: S) {
  return z
    .array(item)
    .readonly()
    .transform((items) => items.join(","));
}
