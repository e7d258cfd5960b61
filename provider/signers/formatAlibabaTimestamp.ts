/** `Timestamp` / `x-acs-date`: UTC, seconds precision, literal `Z` (spec/signing.md §2.1, §3.2). */
export function formatAlibabaTimestamp(epochMs: number): string {
  // toISOString gives "2025-03-14T15:09:26.123Z"; the SDKs drop the milliseconds.
  return new Date(epochMs).toISOString().slice(0, 19) + "Z";
}
