import { DLI_WEEKDAYS } from "./constants";

/** The time settings of a plan (spec/dli.md §3.1). */
export interface PlanTimes {
  startHour: number;
  startMinute: number;
  repeatDay: readonly string[];
  validDateBegin?: number | undefined;
  validDateEnd?: number | undefined;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const WEEK_MINUTES = 7 * 1440;

/** The plan's start on the local calendar day containing local instant `localMs`, as UTC ms. */
function startOnDay(times: PlanTimes, localMs: number, offsetMinutes: number): number {
  const localMidnight = Math.floor(localMs / DAY_MS) * DAY_MS;
  return (
    localMidnight +
    (times.startHour * 60 + times.startMinute) * MINUTE_MS -
    offsetMinutes * MINUTE_MS
  );
}

const weekdayOf = (utcMs: number, offsetMinutes: number): string =>
  DLI_WEEKDAYS[new Date(utcMs + offsetMinutes * MINUTE_MS).getUTCDay()] ?? "SUNDAY";

/** The first start strictly after `now` on any day (a plan without `repeat_day` runs once then). */
export function nextStart(times: PlanTimes, now: number, offsetMinutes: number): number {
  const today = startOnDay(times, now + offsetMinutes * MINUTE_MS, offsetMinutes);
  return today > now ? today : today + DAY_MS;
}

/**
 * Whether the plan will ever run (spec/dli.md §3.6 rule 6): some start on a listed weekday falls
 * inside [max(now, valid_date_begin), valid_date_end]; without `repeat_day`, the single next start
 * after now must. A false answer is the seed's `DLI.0999` "can not generate a scale plan".
 */
export function planCanRun(times: PlanTimes, now: number, offsetMinutes: number): boolean {
  const { validDateBegin: begin, validDateEnd: end } = times;
  if (begin !== undefined && end !== undefined && end <= begin) return false;
  const lower = Math.max(now, begin ?? now);
  const inside = (at: number): boolean => at >= lower && (end === undefined || at <= end);
  if (times.repeatDay.length === 0) return inside(nextStart(times, now, offsetMinutes));
  // A weekly schedule repeats after 7 days, so 8 candidate days decide it.
  for (let day = 0; day <= 7; day += 1) {
    const at = startOnDay(times, lower + offsetMinutes * MINUTE_MS + day * DAY_MS, offsetMinutes);
    if (times.repeatDay.includes(weekdayOf(at, offsetMinutes)) && inside(at)) return true;
  }
  return false;
}

/** The plan's starts as minutes of the (local) week, Sunday 00:00 = 0. */
export function weeklyStarts(times: PlanTimes, now: number, offsetMinutes: number): number[] {
  const days =
    times.repeatDay.length > 0
      ? times.repeatDay
      : [weekdayOf(nextStart(times, now, offsetMinutes), offsetMinutes)];
  const minuteOfDay = times.startHour * 60 + times.startMinute;
  return days.map(
    (day) => DLI_WEEKDAYS.indexOf(day as (typeof DLI_WEEKDAYS)[number]) * 1440 + minuteOfDay,
  );
}

/** The shortest distance in minutes between two plans' weekly starts (across week boundaries). */
export function minutesApart(a: readonly number[], b: readonly number[]): number {
  let best = Infinity;
  for (const x of a) {
    for (const y of b) {
      const diff = Math.abs(x - y) % WEEK_MINUTES;
      best = Math.min(best, diff, WEEK_MINUTES - diff);
    }
  }
  return best;
}
