/** Wire literals, durations and limits of the DLI emulator. */

/** spec/dli.md §2.1, §3.1, §4.1: digits, letters and `_`, not all digits, not starting with `_`, 1–128. */
export const DLI_NAME_PATTERN = /^(?!_)(?![0-9]+$)[A-Za-z0-9_]{1,128}$/;
/** spec/dli.md §5.1: table names may also contain `$`. */
export const DLI_TABLE_NAME_PATTERN = /^(?!_)(?![0-9]+$)[A-Za-z0-9_$]{1,128}$/;

/** spec/dli.md §2.1: the only CU counts a queue can be created with. */
export const DLI_CREATE_CU_COUNTS: readonly number[] = [16, 64, 256];
/** spec/dli.md §2.5: scaling is done in steps of 16 CUs, and a queue keeps at least 16. */
export const DLI_CU_STEP = 16;
export const DLI_MIN_CU = 16;
/**
 * Upper CU bound reported as `cu_scale_out_limit` (spec/dli.md §2.3) and enforced by scaling and
 * plans; the spec leaves the allowed values open (§9.5), so 512 is an emulator choice (option
 * `dliCuScaleOutLimit`, docs/emulator-huawei.md open question 60).
 */
export const DLI_DEFAULT_CU_SCALE_OUT_LIMIT = 512;

/**
 * Durations of service time (the core's clock applies `--time-scale`); every one can be changed by
 * an option (dliOptions.ts). Scaling, forced restart and DDL jobs follow spec/dli.md §2.5 / §4.2
 * (default 2 s); queue creation is the brief not-found window §2.6 step 2 tells providers to retry.
 */
export const DLI_QUEUE_CREATE_MS = 10_000;
export const DLI_QUEUE_SCALE_MS = 2_000;
export const DLI_QUEUE_RESTART_MS = 2_000;
export const DLI_DDL_JOB_MS = 2_000;

/** spec/dli.md §3.6 rules 7 and 8. */
export const DLI_MAX_PLANS_PER_QUEUE = 12;
export const DLI_PLAN_MIN_INTERVAL_MINUTES = 120;

/** spec/dli.md §3.6 `repeat_day`, indexed by `Date#getUTCDay()` (Sunday first). */
export const DLI_WEEKDAYS = [
  "SUNDAY",
  "MONDAY",
  "TUESDAY",
  "WEDNESDAY",
  "THURSDAY",
  "FRIDAY",
  "SATURDAY",
] as const;

/** spec/dli.md §5.1: OBS table formats (stored lower case). */
export const DLI_DATA_TYPES: readonly string[] = ["parquet", "orc", "csv", "json", "avro"];

/** spec/dli.md §5.1 emulator convention: defaults of the CSV / JSON options. */
export const DLI_CSV_DEFAULTS: Readonly<Record<string, string>> = {
  header: "false",
  delimiter: ",",
  quote: '"',
  escape: "\\",
  dateformat: "yyyy-MM-dd",
  timestampformat: "yyyy-MM-dd HH:mm:ss",
};

/** The built-in database that cannot be created or deleted (§4.1, §4.2). */
export const DLI_DEFAULT_DATABASE = "default";

/** Owner recorded for new objects when no `dliUserName` option is set (§4.1 emulator convention). */
export const DLI_DEFAULT_USER = "test";
