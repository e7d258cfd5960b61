/**
 * Wire literals and simulated durations of the DataWorks emulator. Durations are in service time
 * (the emulator clock, which `--time-scale` and the control API's clock advance move).
 */

export const DATAWORKS_API_VERSION = "2020-05-18";

/** The account every call is attributed to (CreateFile/CreateBusiness "default: the caller's user ID", spec §3.1.1). */
export const EMULATOR_USER_ID = "1000000000001";
export const EMULATOR_TENANT_ID = 280749521;

/** Seeded workspaces (spec §3.6.1): one standard-mode, one simple-mode. */
export const STANDARD_PROJECT_ID = 10000;
export const STANDARD_PROJECT_IDENTIFIER = "dp_demo";
export const SIMPLE_PROJECT_ID = 10001;
export const SIMPLE_PROJECT_IDENTIFIER = "dp_simple";
/** `ProjectMode` (spec §3.6.1): 2 simple, 3 standard. */
export const PROJECT_MODE_SIMPLE = 2;
export const PROJECT_MODE_STANDARD = 3;

/** The engine-bound data source every workspace has; it cannot be deleted (spec §3.5.4, §4.10). */
export const BOUND_DATA_SOURCE_NAME = "odps_first";

/** First IDs handed out, in the ranges of the documented examples (spec §4.10), all below 2^53. */
export const FIRST_IDS = {
  file: 1000001,
  business: 100001,
  deployment: 3000001,
  node: 300001,
  dataSource: 1,
} as const;

/** Paging (spec §4.7). */
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

/** Scheduling limits (spec §2.4). */
export const MAX_AUTO_RERUN_TIMES = 10;
export const MAX_AUTO_RERUN_INTERVAL_MS = 1_800_000;
export const MIN_CRON_INTERVAL_MINUTES = 5;
export const EARLIEST_DAILY_RUN_MINUTE = 5;

/** Folder paths start with the business-flow root (spec §2.5). */
export const BUSINESS_ROOT_SEGMENT = "业务流程";

/**
 * Deployment timeline (spec §4.3): a package waits in the queue (`Status` 0, no `ExecuteTime`), then
 * executes (`Status` 0, `ExecuteTime` set) and finishes (`Status` 1 or 2). When an extension check is
 * configured, submit packages first spend `DEPLOYMENT_CHECK_MS` in `CheckingStatus` 8.
 */
export const DEPLOYMENT_QUEUE_MS = 1_000;
export const DEPLOYMENT_CHECK_MS = 2_000;
export const SUBMIT_EXECUTION_MS = 2_000;
export const DEPLOY_EXECUTION_MS = 3_000;
export const DELETE_EXECUTION_MS = 2_000;

/** Deployment `Status` (spec §2.6). */
export const DEPLOYMENT_READY = 0;
export const DEPLOYMENT_SUCCESS = 1;
export const DEPLOYMENT_FAILURE = 2;
/** Deployment `CheckingStatus` (spec §2.6). */
export const CHECK_FAILED = 7;
export const CHECKING = 8;

/** Environments of GetDeployment (spec §2.1). */
export const FROM_LOCAL = 0;
export const FROM_DEVELOPMENT = 1;
export const TO_DEVELOPMENT = 1;
export const TO_PRODUCTION = 2;

/** Workspace scheduling defaults (GetProject `SchedulerMaxRetryTimes`, `SchedulerRetryInterval`, spec §3.6.1). */
export const DEFAULT_AUTO_RERUN_TIMES = 3;
export const DEFAULT_AUTO_RERUN_INTERVAL_MS = 120_000;
