import { randomUUID } from "node:crypto";

/**
 * Time, sleeping and randomness are injected everywhere (house style §7.3 rule 5): this is the only
 * module of provider/ that reads the system clock or schedules a timer.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` milliseconds; rejects with the signal's reason when aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, Math.max(0, ms));
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

/** A source of randomness in [0, 1); injected so that jitter is reproducible in tests. */
export type Random = () => number;
export const systemRandom: Random = () => Math.random();

/** A source of unique request nonces (Alibaba `SignatureNonce`); injected so tests can pin them. */
export type NonceSource = () => string;
/** UUID v4, as Alibaba's signature documentation recommends (spec/signing.md §2.1). */
export const systemNonce: NonceSource = () => randomUUID();
