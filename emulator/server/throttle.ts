import { TokenBucket } from "./tokenBucket";

/** Normalised throttling settings (defaults in `options.ts`). */
export interface ThrottleSettings {
  readonly enabled: boolean;
  /** QPS per DataWorks level (spec/dataworks.md §1.8: 50 / 20 / 5). */
  readonly dataworksQps: Readonly<Record<1 | 2 | 3, number>>;
  /** Daily total of level-3 calls (spec/dataworks.md §1.8: 10,000). */
  readonly dataworksDailyCap: number;
  /**
   * Calls per minute per Huawei action, overriding the routes' own `rateLimitPerMinute`; the key
   * `*` sets the limit of every action that has no entry of its own.
   */
  readonly huaweiPerMinute: Readonly<Record<string, number>>;
}

/** The `huaweiPerMinute` key that applies to every action without its own entry. */
export const HUAWEI_ALL_ACTIONS = "*";

export type ThrottleVerdict = "ok" | "qps" | "daily";

/** The day a level-3 call counts against: DataWorks is a China service, so days turn at UTC+8. */
const DAY_OFFSET_MS = 8 * 3_600_000;

/**
 * Server-side limits. DataWorks: one bucket per (access key, level), the QPS being the total of all
 * APIs of that level (spec/dataworks.md §1.8 note ①), and one daily counter of level-3 calls per
 * access key (note ②). Huawei: one bucket per (caller, action) (spec/cdm.md §1.9 "per user").
 */
export class Throttle {
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly daily = new Map<string, { day: number; count: number }>();

  constructor(private readonly settings: ThrottleSettings) {}

  get enabled(): boolean {
    return this.settings.enabled;
  }

  checkDataWorks(accessKeyId: string, level: 1 | 2 | 3, now: number): ThrottleVerdict {
    if (!this.settings.enabled) return "ok";
    const qps = this.settings.dataworksQps[level];
    if (!this.bucket(`dataworks:${accessKeyId}:${level}`, qps, qps, now).tryTake(now)) {
      return "qps";
    }
    if (level === 3) {
      const day = Math.floor((now + DAY_OFFSET_MS) / 86_400_000);
      const counter = this.daily.get(accessKeyId);
      const count = counter && counter.day === day ? counter.count : 0;
      if (count >= this.settings.dataworksDailyCap) return "daily";
      this.daily.set(accessKeyId, { day, count: count + 1 });
    }
    return "ok";
  }

  checkHuawei(
    caller: string,
    action: string,
    routeLimitPerMinute: number | undefined,
    now: number,
  ): ThrottleVerdict {
    if (!this.settings.enabled) return "ok";
    const perMinute = this.huaweiLimit(action, routeLimitPerMinute);
    if (perMinute === undefined) return "ok";
    const bucket = this.bucket(`huawei:${caller}:${action}`, perMinute, perMinute / 60, now);
    return bucket.tryTake(now) ? "ok" : "qps";
  }

  /** Calls per minute for a Huawei action: its override, else the `*` override, else the route's. */
  huaweiLimit(action: string, routeLimitPerMinute: number | undefined): number | undefined {
    const overrides = this.settings.huaweiPerMinute;
    return overrides[action] ?? overrides[HUAWEI_ALL_ACTIONS] ?? routeLimitPerMinute;
  }

  reset(): void {
    this.buckets.clear();
    this.daily.clear();
  }

  private bucket(key: string, capacity: number, perSecond: number, now: number): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(capacity, perSecond, now);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}
