import type { Random } from "../clock";
import type { NormalizedRetryOptions } from "./retryOptions";

/**
 * Exponential backoff with full jitter: a uniform delay in [0, min(max, base·2^(n-1))) for the n-th
 * retry, so that many clients throttled together do not come back together. A `Retry-After` from
 * the server is a floor.
 */
export function backoffDelay(
  retry: number,
  options: NormalizedRetryOptions,
  random: Random,
  retryAfterSeconds: number | undefined,
): number {
  const window = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry - 1));
  const jittered = Math.floor(random() * window);
  return Math.max(jittered, Math.ceil((retryAfterSeconds ?? 0) * 1000));
}
