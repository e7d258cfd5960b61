/** Retry settings, normalised once (house style rule 4); each default says why. */
export interface RetryOptions {
  /** Attempts in total, the first included. */
  readonly maxAttempts?: number;
  /** Cap of the first backoff window; doubles per retry (full jitter picks a delay inside it). */
  readonly baseDelayMs?: number;
  /** Largest backoff window (a server's Retry-After may ask for longer and is honoured). */
  readonly maxDelayMs?: number;
  /** No retry starts when it would end later than this after the first attempt. */
  readonly maxElapsedMs?: number;
}

export type NormalizedRetryOptions = Required<RetryOptions>;

export const RETRY_DEFAULTS: NormalizedRetryOptions = {
  // Enough to ride out a burst of DataWorks 429s (levels reset every second, spec/dataworks.md §1.8).
  maxAttempts: 6,
  baseDelayMs: 500,
  // CDM limits are per minute (spec/cdm.md §1.9): a 20 s window lets a retry land in the next one.
  maxDelayMs: 20_000,
  // Two minutes: longer waits belong to the poller and its per-resource timeouts.
  maxElapsedMs: 120_000,
};

function positive(name: string, value: number | undefined, fallback: number, integer: boolean): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < (integer ? 1 : 0) || (integer && !Number.isInteger(value))) {
    throw new RangeError(`retry.${name} must be a ${integer ? "positive integer" : "non-negative number"}`);
  }
  return value;
}

export function normalizeRetryOptions(options: RetryOptions = {}): NormalizedRetryOptions {
  return {
    maxAttempts: positive("maxAttempts", options.maxAttempts, RETRY_DEFAULTS.maxAttempts, true),
    baseDelayMs: positive("baseDelayMs", options.baseDelayMs, RETRY_DEFAULTS.baseDelayMs, false),
    maxDelayMs: positive("maxDelayMs", options.maxDelayMs, RETRY_DEFAULTS.maxDelayMs, false),
    maxElapsedMs: positive("maxElapsedMs", options.maxElapsedMs, RETRY_DEFAULTS.maxElapsedMs, false),
  };
}
