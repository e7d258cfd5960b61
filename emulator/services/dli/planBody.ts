import { z } from "zod";
import type { ServiceContext } from "../../types";
import {
  DLI_CU_STEP,
  DLI_MAX_PLANS_PER_QUEUE,
  DLI_NAME_PATTERN,
  DLI_PLAN_MIN_INTERVAL_MINUTES,
  DLI_WEEKDAYS,
} from "./constants";
import { dliOptions } from "./dliOptions";
import { alreadyExists, invalidParameter, planCannotRun, quotaExceeded } from "./errors";
import type { DliPlan, DliQueue, DliState } from "./model";
import { looseBoolean, parseBody } from "./parseBody";
import { minutesApart, planCanRun, weeklyStarts } from "./planSchedule";

/** spec/dli.md §3.1 / §3.5 body (create and update take the same fields), §3.6 rules 1–5. */
const PlanBodySchema = z.object({
  plan_name: z.string().regex(DLI_NAME_PATTERN, {
    error: "plan_name: only digits, letters and _, not all digits, not starting with _, 1-128",
  }),
  target_cu: z
    .number()
    .int()
    .positive()
    .refine((cu) => cu % DLI_CU_STEP === 0, { error: "target_cu must be a multiple of 16" }),
  start_hour: z.number().int().min(0).max(23),
  start_minute: z.number().int().min(0).max(59),
  // Day names are case-insensitive on input (the seed's update example sends "friday").
  repeat_day: z.array(
    z
      .string()
      .transform((day) => day.toUpperCase())
      .pipe(z.enum(DLI_WEEKDAYS)),
  ),
  valid_date_begin: z.number().int().nonnegative().optional(),
  valid_date_end: z.number().int().nonnegative().optional(),
  activate: looseBoolean.default(true),
});

export type PlanFields = Omit<DliPlan, "id" | "lastExecuteTime">;

/**
 * Validates a plan for `queue` (spec/dli.md §3.6): field rules (`DLI.0001`), a unique name
 * (`DLI.0006`), the CU ceiling (`DLI.0001`), at most 12 plans (`DLI.1028`), a schedule that can
 * run (`DLI.0999`) and, unless switched off, 2 hours between plans (`DLI.0999`). `replacing` is
 * the plan being updated, left out of the comparisons.
 */
export function validatePlan(
  body: unknown,
  queue: DliQueue,
  ctx: ServiceContext<DliState>,
  replacing?: DliPlan,
): PlanFields {
  const parsed = parseBody(PlanBodySchema, body);
  const options = dliOptions(ctx.options);
  const now = ctx.now();
  const others = queue.plans.filter((plan) => plan !== replacing);
  if (parsed.target_cu > options.dliCuScaleOutLimit) {
    throw invalidParameter(`target_cu must not exceed ${options.dliCuScaleOutLimit}.`);
  }
  if (others.some((plan) => plan.planName === parsed.plan_name)) {
    throw alreadyExists(`The plan ${parsed.plan_name} already exists in queue ${queue.name}.`);
  }
  if (replacing === undefined && others.length >= DLI_MAX_PLANS_PER_QUEUE) {
    throw quotaExceeded(
      `Queue ${queue.name} already has ${DLI_MAX_PLANS_PER_QUEUE} scaling plans.`,
    );
  }
  const fields: PlanFields = {
    planName: parsed.plan_name,
    targetCu: parsed.target_cu,
    startHour: parsed.start_hour,
    startMinute: parsed.start_minute,
    repeatDay: [...new Set(parsed.repeat_day)],
    activate: parsed.activate,
  };
  if (parsed.valid_date_begin !== undefined) fields.validDateBegin = parsed.valid_date_begin;
  if (parsed.valid_date_end !== undefined) fields.validDateEnd = parsed.valid_date_end;
  const offset = options.dliPlanUtcOffsetMinutes;
  if (!planCanRun(fields, now, offset)) throw planCannotRun(fields.planName);
  if (options.dliPlanIntervalRule) {
    const mine = weeklyStarts(fields, now, offset);
    const tooClose = others.some(
      (plan) => minutesApart(mine, weeklyStarts(plan, now, offset)) < DLI_PLAN_MIN_INTERVAL_MINUTES,
    );
    if (tooClose) throw planCannotRun(fields.planName);
  }
  return fields;
}
