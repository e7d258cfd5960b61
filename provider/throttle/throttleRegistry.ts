/**
 * The client-side rate limiters of one process, keyed by (cloud, access key, region, API level or
 * action). Shared by every client of the process by default, because the resource layer builds a
 * client per call and the service's limits are per account, not per client.
 */
import { systemClock, type Clock } from "../clock";
import { DailyCounter } from "./dailyCounter";
import { TokenBucket, type RateLimit } from "./tokenBucket";

export class ThrottleRegistry {
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly daily = new Map<string, DailyCounter>();

  constructor(readonly clock: Clock) {}

  /** Books a call on the bucket `key`; returns the milliseconds to wait before sending it. */
  reserve(key: string, limit: RateLimit): number {
    const id = `${key}|${limit.perSecond}/${limit.burst}`;
    let bucket = this.buckets.get(id);
    if (!bucket) {
      bucket = new TokenBucket(limit, this.clock.now());
      this.buckets.set(id, bucket);
    }
    return bucket.reserve(this.clock.now());
  }

  /** Counts one call against a daily cap; false when the cap is used up for today. */
  takeDaily(key: string, cap: number): boolean {
    let counter = this.daily.get(key);
    if (!counter) {
      counter = new DailyCounter();
      this.daily.set(key, counter);
    }
    return counter.tryTake(this.clock.now(), cap);
  }
}

let shared: ThrottleRegistry | undefined;

/** The process-wide registry (system clock). Clients given another clock get their own. */
export function sharedThrottleRegistry(): ThrottleRegistry {
  shared ??= new ThrottleRegistry(systemClock);
  return shared;
}
