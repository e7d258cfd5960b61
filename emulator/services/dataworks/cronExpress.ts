import { EARLIEST_DAILY_RUN_MINUTE, MIN_CRON_INTERVAL_MINUTES } from "./constants";
import { invalidParam } from "./errors";

/**
 * DataWorks cron expressions (spec §2.4): Quartz style, seconds first, six fields (a seventh, the
 * year, appears in one documented example). Rules enforced: runs at least 5 minutes apart, a
 * once-a-day schedule no earlier than 00:05, and the `CycleType` that fits the schedule (`NOT_DAY`
 * for more than one run a day, `DAY` otherwise). The 00:05 rule is applied to daily schedules only,
 * because the documented every-ten-minutes example `00 00/10 * * * ?` starts at 00:00.
 */

export type CycleType = "DAY" | "NOT_DAY";

/** Validates `expression` and returns the cycle type it implies. */
export function cycleTypeOf(expression: string): CycleType {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 6 && fields.length !== 7) {
    throw invalidParam("CronExpress must have six fields: second minute hour day month weekday");
  }
  const [second, minute, hour, ...rest] = fields as [string, string, string, ...string[]];
  const seconds = expand(second, 0, 59);
  const minutes = expand(minute, 0, 59);
  const hours = expand(hour, 0, 23);
  if (seconds === undefined || minutes === undefined || hours === undefined) {
    throw invalidParam(`CronExpress ${JSON.stringify(expression)} is not a valid cron expression`);
  }
  if (!rest.every((f) => /^[0-9*?,/\-LW#A-Za-z]+$/.test(f))) {
    throw invalidParam(`CronExpress ${JSON.stringify(expression)} is not a valid cron expression`);
  }
  if (seconds.length > 1) {
    throw invalidParam(
      `CronExpress runs must be at least ${MIN_CRON_INTERVAL_MINUTES} minutes apart`,
    );
  }
  const runs = hours.flatMap((h) => minutes.map((m) => h * 60 + m)).sort((a, b) => a - b);
  if (runs.length === 1) {
    if ((runs[0] ?? 0) < EARLIEST_DAILY_RUN_MINUTE) {
      throw invalidParam("CronExpress: the earliest run of the day is 00:05");
    }
    return "DAY";
  }
  const gaps = runs.map((t, i) => (runs[i + 1] ?? (runs[0] ?? 0) + 24 * 60) - t);
  if (gaps.some((g) => g < MIN_CRON_INTERVAL_MINUTES)) {
    throw invalidParam(
      `CronExpress runs must be at least ${MIN_CRON_INTERVAL_MINUTES} minutes apart`,
    );
  }
  return "NOT_DAY";
}

/** Expands one numeric cron field (`*`, `a`, `a-b`, with `/step`, comma lists) into sorted values. */
function expand(field: string, min: number, max: number): number[] | undefined {
  const values = new Set<number>();
  for (const item of field.split(",")) {
    const match = /^(\*|\d+)(?:-(\d+))?(?:\/(\d+))?$/.exec(item);
    if (match === null) return undefined;
    const [, startText, endText, stepText] = match;
    const start = startText === "*" ? min : Number(startText);
    const end =
      endText !== undefined
        ? Number(endText)
        : startText === "*" || stepText !== undefined
          ? max
          : start;
    const step = stepText === undefined ? 1 : Number(stepText);
    if (start < min || end > max || start > end || step < 1) return undefined;
    for (let v = start; v <= end; v += step) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}
