/** Wire literals, durations and limits of the CDM emulator. */

/** spec/cdm.md §2.2: the four `flavorRef` values and their names. */
export const CDM_FLAVORS: Readonly<Record<string, string>> = {
  "a79fd5ae-1833-448a-88e8-3ea2b913e1f6": "cdm.small",
  "fb8fe666-6734-4b11-bc6c-43d11db3c745": "cdm.medium",
  "5ddb1071-c5d7-40e0-a874-8a032e81a697": "cdm.large",
  "6ddb1072-c5d7-40e0-a874-8a032e81a698": "cdm.xlarge",
};

/** Default cluster version when `datastore.version` is not sent (the seed's response example). */
export const CDM_DEFAULT_VERSION = "2.9.1.100";

/**
 * Durations of service time (the core's clock applies `--time-scale`). Real clusters take ten
 * minutes or more to create (spec/cdm.md §2.8 suggests a 30 min timeout); every value can be
 * overridden through options (see cdmOptions.ts).
 */
export const CDM_CLUSTER_CREATE_MS = 5 * 60_000;
export const CDM_CLUSTER_DELETE_MS = 60_000;
export const CDM_CLUSTER_START_MS = 60_000;
export const CDM_CLUSTER_STOP_MS = 60_000;
export const CDM_CLUSTER_RESTART_MS = 60_000;
export const CDM_JOB_BOOT_MS = 10_000;
export const CDM_JOB_RUN_MS = 60_000;

/** Rows read and written by every emulated run (bytes are 100 per row). */
export const CDM_RUN_ROWS = 1000;

/** The user recorded as `creation-user` / `update-user` (the seed's examples say `cdm`). */
export const CDM_USER = "cdm";

/** What a secret link parameter reads back as (spec/cdm.md §7 GAP-25: a fixed mask). */
export const CDM_SECRET_MASK = "********";

/** Cluster status codes (spec/cdm.md §2.8). */
export const CLUSTER_STATUS = {
  creating: "100",
  normal: "200",
  failed: "300",
  createFailed: "303",
  restarting: "500",
  poweredOff: "900",
  poweringOff: "910",
  poweringOn: "920",
} as const;

/** spec/cdm.md §4.2: job types. */
export const CDM_JOB_TYPES = ["NORMAL_JOB", "BATCH_JOB", "SCENARIO_JOB"] as const;

/** The reserved job name that lists jobs (spec/cdm.md §4.6). */
export const CDM_LIST_ALL = "all";

/** spec/cdm.md §4.2 and §4.16: which connectors may be a job's source / destination. */
export const CDM_SOURCE_CONNECTORS: readonly string[] = [
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
];
/** GAP-41: `dli-connector` is accepted as a destination although the job enum omits it. */
export const CDM_DESTINATION_CONNECTORS: readonly string[] = [
  "generic-jdbc-connector",
  "obs-connector",
  "hdfs-connector",
  "hbase-connector",
  "hive-connector",
  "ftp-connector",
  "sftp-connector",
  "mongodb-connector",
  "dis-connector",
  "elasticsearch-connector",
  "dli-connector",
];

/** spec/cdm.md §4.16, error `Cdm.0062`: connectors that can carry `BINARY_FILE`. */
export const CDM_BINARY_CONNECTORS: readonly string[] = [
  "ftp-connector",
  "sftp-connector",
  "hdfs-connector",
  "obs-connector",
  "http-connector",
];

/** spec/cdm.md §4.6: page size bounds of the job list. */
export const CDM_PAGE_SIZE_MIN = 10;
export const CDM_PAGE_SIZE_MAX = 100;
