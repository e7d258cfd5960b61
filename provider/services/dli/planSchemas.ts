/**
 * Scaling-plan request and answer schemas (spec/dli.md §3). Plans live under `/v1` (not `/v1.0`);
 * create answers no id (§3.1), so a created plan is found again by name in the list (§3.7).
 */
import { z } from "zod";
import { envelope } from "./envelope";
import { DLI_NAME_PATTERN } from "./normaliseDliName";
import { compact, wireBoolean, wireNumber } from "./wireScalars";

export const DLI_WEEKDAYS = [
  "MONDAY",
  "TUESDAY",
  "WEDNESDAY",
  "THURSDAY",
  "FRIDAY",
  "SATURDAY",
  "SUNDAY",
] as const;
export type DliWeekday = (typeof DLI_WEEKDAYS)[number];

/** Day names are case-insensitive (the §3.5 example sends `"friday"`); normalised upper-case. */
const weekday = z
  .string()
  .transform((day) => day.toUpperCase())
  .pipe(z.enum(DLI_WEEKDAYS));

/** Create and update take the same full field set (spec/dli.md §3.1, §3.5). */
export const QueuePlanInputSchema = z
  .strictObject({
    planName: z.string().regex(DLI_NAME_PATTERN, {
      error: "letters, digits and _ only, not all digits, not starting with _, 1–128 characters",
    }),
    targetCu: z.number().int().positive(),
    startHour: z.number().int().min(0).max(23),
    startMinute: z.number().int().min(0).max(59),
    /** Empty: the plan runs once, at the next start time (spec/dli.md §3.1). Duplicates are removed. */
    repeatDay: z.array(weekday).transform((days) => [...new Set(days)]),
    /** 13-digit millisecond timestamps. */
    validDateBegin: z.number().int().nonnegative().optional(),
    validDateEnd: z.number().int().nonnegative().optional(),
    /** Default `true` on the service side. */
    activate: z.boolean().optional(),
  })
  .refine(
    (plan) =>
      plan.validDateBegin === undefined ||
      plan.validDateEnd === undefined ||
      plan.validDateEnd > plan.validDateBegin,
    { error: "validDateEnd must be after validDateBegin (spec/dli.md §3.6)" },
  );
export type QueuePlanInput = z.input<typeof QueuePlanInputSchema>;

export function queuePlanBody(plan: z.output<typeof QueuePlanInputSchema>): unknown {
  return compact({
    plan_name: plan.planName,
    target_cu: plan.targetCu,
    start_hour: plan.startHour,
    start_minute: plan.startMinute,
    repeat_day: plan.repeatDay,
    valid_date_begin: plan.validDateBegin,
    valid_date_end: plan.validDateEnd,
    activate: plan.activate,
  });
}

export interface DliQueuePlan {
  readonly id: number;
  readonly planName: string;
  readonly targetCu: number;
  readonly startHour: number;
  readonly startMinute: number;
  /** Upper case, in the service's order (not Monday-first): compare as a set (spec/dli.md §3.2). */
  readonly repeatDay: readonly DliWeekday[];
  readonly validDateBegin?: number;
  readonly validDateEnd?: number;
  /** `true` when the answer omits it (the documented default). */
  readonly activate: boolean;
  readonly lastExecuteTime?: number;
}

const wirePlan = z.object({
  id: wireNumber,
  plan_name: z.string(),
  target_cu: wireNumber,
  start_hour: wireNumber,
  start_minute: wireNumber,
  repeat_day: z.array(weekday),
  valid_date_begin: wireNumber.optional(),
  valid_date_end: wireNumber.optional(),
  activate: wireBoolean.optional(),
  last_execute_time: wireNumber.optional(),
});

export const ListQueuePlansResponseSchema: z.ZodType<DliQueuePlan[]> = envelope({
  plans: z.array(wirePlan),
}).transform((wire) =>
  wire.plans.map((plan) =>
    compact({
      id: plan.id,
      planName: plan.plan_name,
      targetCu: plan.target_cu,
      startHour: plan.start_hour,
      startMinute: plan.start_minute,
      repeatDay: plan.repeat_day,
      validDateBegin: plan.valid_date_begin,
      validDateEnd: plan.valid_date_end,
      activate: plan.activate ?? true,
      lastExecuteTime: plan.last_execute_time,
    }),
  ),
);

/** `plan_id` is typed String but printed as a number (spec/dli.md §3.5); read as a number. */
export const UpdateQueuePlanResponseSchema: z.ZodType<{ queueName?: string; planId?: number }> = envelope({
  queue_name: z.string().optional(),
  plan_id: wireNumber.optional(),
}).transform((wire) => compact({ queueName: wire.queue_name, planId: wire.plan_id }));
