import { MAX_AUTO_RERUN_INTERVAL_MS, MAX_AUTO_RERUN_TIMES } from "./constants";
import { cycleTypeOf } from "./cronExpress";
import { invalidParam } from "./errors";
import type { ParamSpecs } from "./params";

/**
 * The scheduling parameters CreateFile and UpdateFile share (spec §2.4, §3.1.1, §3.1.2), with their
 * documented enums and limits.
 */
export const SCHEDULING_PARAMS = {
  FileDescription: { type: "string" },
  Owner: { type: "string" },
  Content: { type: "string" },
  AutoRerunIntervalMillis: { type: "integer", min: 0, max: MAX_AUTO_RERUN_INTERVAL_MS },
  RerunMode: { type: "string", oneOf: ["ALL_ALLOWED", "FAILURE_ALLOWED", "ALL_DENIED"] },
  Stop: { type: "boolean" },
  ParaValue: { type: "string" },
  StartEffectDate: { type: "long", min: 0 },
  EndEffectDate: { type: "long", min: 0 },
  CronExpress: { type: "string" },
  CycleType: { type: "string", oneOf: ["DAY", "NOT_DAY"] },
  DependentType: { type: "string", oneOf: ["SELF", "CHILD", "USER_DEFINE", "NONE"] },
  DependentNodeIdList: { type: "string" },
  ResourceGroupIdentifier: { type: "string" },
  ConnectionName: { type: "string" },
  AutoParsing: { type: "boolean" },
  SchedulerType: { type: "string", oneOf: ["NORMAL", "MANUAL", "PAUSE", "SKIP"] },
  AdvancedSettings: { type: "string" },
  StartImmediately: { type: "boolean" },
  InputParameters: { type: "string" },
  OutputParameters: { type: "string" },
} as const satisfies ParamSpecs;

/** `AutoRerunTimes`: optional on create, required on update (§3.1.2); at most 10 either way. */
export const autoRerunTimesSpec = (required: boolean) =>
  ({ type: "integer", required, min: 0, max: MAX_AUTO_RERUN_TIMES }) as const;

/** Default schedules when a file is created without `CronExpress` (daily at the earliest allowed 00:05, or hourly). */
export const DEFAULT_CRON = { DAY: "00 05 00 * * ?", NOT_DAY: "00 00 00-23/1 * * ?" } as const;

/**
 * Reconciles `CronExpress` and `CycleType` (§2.4 linking rule): the cron expression must be valid, and
 * an explicit cycle type must match it. Returns the pair to store.
 */
export function reconcileSchedule(
  cron: string | undefined,
  cycleType: "DAY" | "NOT_DAY" | undefined,
): { cronExpress: string; cycleType: "DAY" | "NOT_DAY" } {
  const cronExpress = cron ?? DEFAULT_CRON[cycleType ?? "DAY"];
  const implied = cycleTypeOf(cronExpress);
  if (cycleType !== undefined && cycleType !== implied) {
    throw invalidParam(
      `CycleType ${cycleType} does not match CronExpress ${JSON.stringify(cronExpress)} (${implied})`,
    );
  }
  return { cronExpress, cycleType: implied };
}

export function checkEffectDates(start: number | undefined, end: number | undefined): void {
  if (start !== undefined && end !== undefined && start > end) {
    throw invalidParam("StartEffectDate must not be after EndEffectDate");
  }
}
