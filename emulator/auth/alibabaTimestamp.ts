/**
 * Parses an Alibaba `Timestamp` / `x-acs-date` (UTC `YYYY-MM-DDThh:mm:ssZ`, spec/signing.md §2.1, §3.2;
 * fractional seconds tolerated) and checks it against the emulator clock.
 */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/** Epoch ms, or undefined when the text is not in the documented format. */
export function parseAlibabaTimestamp(text: string): number | undefined {
  if (!ISO_UTC.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

export function withinSkew(timestampMs: number, nowMs: number, maxSkewMs: number): boolean {
  return Math.abs(nowMs - timestampMs) <= maxSkewMs;
}
