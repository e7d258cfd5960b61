/**
 * A token bucket driven by an injected clock. `reserve()` takes a token now or books the next free
 * slot and says how long to wait for it, so concurrent callers queue in order without polling.
 */
export interface RateLimit {
  /** Sustained rate. */
  readonly perSecond: number;
  /** Tokens available at once (1 = evenly spaced calls, never more than `perSecond` in any second). */
  readonly burst: number;
}

export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    readonly limit: RateLimit,
    now: number,
  ) {
    this.tokens = limit.burst;
    this.updatedAt = now;
  }

  /** Takes one token; returns the milliseconds to wait before using it (0 when available now). */
  reserve(now: number): number {
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.limit.burst, this.tokens + (elapsed * this.limit.perSecond) / 1000);
    this.updatedAt = now;
    this.tokens -= 1;
    // A negative balance is the queue of callers already waiting: wait until it is paid back.
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens * 1000) / this.limit.perSecond);
  }
}
