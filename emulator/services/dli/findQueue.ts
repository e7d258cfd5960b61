import type { EmulatorError } from "../../types";
import { queueNotFound } from "./errors";
import type { DliProject, DliQueue } from "./model";

/**
 * The queue named by a path parameter (case-insensitive, spec/dli.md §2.0). A queue still being
 * created is not visible yet (see `DliQueue.readyAt`), so it is "not found" like a missing one.
 */
export function findQueue(
  project: DliProject,
  rawName: string,
  now: number,
  missing: (name: string) => EmulatorError = queueNotFound,
): DliQueue {
  const name = rawName.toLowerCase();
  const queue = project.queues[name];
  if (queue === undefined || now < queue.readyAt) throw missing(name);
  return queue;
}

/** CUs at `now`, counting a finished scaling not yet settled. */
export function currentCu(queue: DliQueue, now: number): number {
  return queue.scaling !== undefined && now >= queue.scaling.endsAt
    ? queue.scaling.targetCu
    : queue.cuCount;
}
