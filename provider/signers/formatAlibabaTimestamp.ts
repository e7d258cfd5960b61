/** `Timestamp` / `x-acs-date`: UTC, seconds precision, literal `Z` (spec/signing.md §2.1, §3.2). */
import { utcDateTimeParts } from "./utcDateTimeParts";

export function formatAlibabaTimestamp(epochMs: number): string {
  // "2025-03-14T15:09:26Z": the SDKs drop the milliseconds.
  const t = utcDateTimeParts(epochMs);
  return t.year + "-" + t.month + "-" + t.day + "T" + t.hour + ":" + t.minute + ":" + t.second + "Z";
}
