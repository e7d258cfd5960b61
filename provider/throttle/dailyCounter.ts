/**
 * Counts calls per calendar day. DataWorks' level-3 cap is "total calls per day" (spec/dataworks.md
 * §1.8) without a time zone; Alibaba Cloud bills and resets in China Standard Time, so the day is
 * taken in UTC+8 [inference]. A local counter can only protect this process's share.
 */
const DAY_MS = 86_400_000;
export const DAILY_CAP_UTC_OFFSET_MS = 8 * 3_600_000;

export function dayOf(nowMs: number): number {
  return Math.floor((nowMs + DAILY_CAP_UTC_OFFSET_MS) / DAY_MS);
}

export class DailyCounter {
  private day = -1;
  private used = 0;

  /** Counts one call if the cap allows it; false when today's calls are used up. */
  tryTake(nowMs: number, cap: number): boolean {
    const today = dayOf(nowMs);
    if (today !== this.day) {
      this.day = today;
      this.used = 0;
    }
    if (this.used >= cap) return false;
    this.used += 1;
    return true;
  }

  usedToday(nowMs: number): number {
    return dayOf(nowMs) === this.day ? this.used : 0;
  }
}
