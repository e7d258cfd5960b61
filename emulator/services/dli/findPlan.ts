import { invalidParameter, notFound } from "./errors";
import type { DliPlan, DliQueue } from "./model";

/** Parses a `{plan_id}` path parameter (a Long, spec/dli.md §3.4); not a number → `DLI.0001`. */
export function planIdOf(raw: string): number {
  if (!/^\d+$/.test(raw)) throw invalidParameter(`plan_id ${raw} is not a valid plan id.`);
  return Number(raw);
}

/** The plan with `id` in `queue`, or 400 `DLI.0002` in the seed's wording (§3.4). */
export function findPlan(queue: DliQueue, id: number): DliPlan {
  const plan = queue.plans.find((candidate) => candidate.id === id);
  if (plan === undefined) throw notFound(`The plan with id ${id} does not exist.`);
  return plan;
}
