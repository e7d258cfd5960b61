/**
 * Waits for an asynchronous operation (a cluster being created, a queue scaling, a deployment),
 * knowing nothing about the service: `check` observes the state once; the poller checks at once,
 * then again at intervals growing from `minIntervalMs` by `factor` up to `maxIntervalMs`, until the
 * state is final or `deadlineMs` has passed.
 */
import type { Clock } from "../clock";
import { PollFailedError, PollTimeoutError } from "../errors";

export interface PollObservation<T> {
  /** The service's state as text, for progress lines and errors (e.g. `creating`, `Status=0`). */
  readonly state: string;
  /** The operation reached a final state. */
  readonly done: boolean;
  /** The state is a terminal failure: stop at once with PollFailedError (whatever `done` says). */
  readonly failed?: boolean;
  readonly reason?: string;
  readonly value?: T;
}

export interface PollOptions<T> {
  /** What is awaited, for messages: "CDM cluster my-cluster to become ready". */
  readonly what: string;
  readonly check: () => Promise<PollObservation<T>>;
  readonly clock: Clock;
  readonly minIntervalMs: number;
  readonly maxIntervalMs: number;
  /** Growth of the interval after each observation (≥ 1). */
  readonly factor: number;
  /** Longest total wait, counted from the start of `poll`. */
  readonly deadlineMs: number;
  /** Called after every observation; the resource layer throttles it to one line per 30 s. */
  readonly onProgress?: (state: string, elapsedMs: number) => void;
}

function validate(options: PollOptions<unknown>): void {
  const { minIntervalMs, maxIntervalMs, factor, deadlineMs } = options;
  if (!(minIntervalMs >= 0) || !(maxIntervalMs >= minIntervalMs) || !(factor >= 1) || !(deadlineMs >= 0)) {
    throw new RangeError(
      "poll: need 0 ≤ minIntervalMs ≤ maxIntervalMs, factor ≥ 1 and deadlineMs ≥ 0",
    );
  }
}

/**
 * Resolves with the final observation's `value`. Rejects with PollFailedError on a terminal failure,
 * with PollTimeoutError (carrying the last observed state) at the deadline, or with whatever
 * `check` throws.
 */
export async function poll<T>(options: PollOptions<T>): Promise<T | undefined> {
  validate(options);
  const { clock } = options;
  const started = clock.now();
  let interval = options.minIntervalMs;
  let lastState: string | undefined;
  for (;;) {
    const observation = await options.check();
    const elapsedMs = clock.now() - started;
    lastState = observation.state;
    options.onProgress?.(observation.state, elapsedMs);
    if (observation.failed) {
      throw new PollFailedError(options.what, observation.state, observation.reason, elapsedMs);
    }
    if (observation.done) return observation.value;
    const remaining = options.deadlineMs - elapsedMs;
    if (remaining <= 0) throw new PollTimeoutError(options.what, lastState, elapsedMs);
    // The last wait is shortened so that one final observation happens at the deadline.
    await clock.sleep(Math.min(interval, remaining));
    interval = Math.min(options.maxIntervalMs, interval * options.factor);
  }
}
