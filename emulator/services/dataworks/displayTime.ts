/**
 * Tenant APIs print times as `MMM d, yyyy h:mm:ss a` (spec §1.6: `"Mar 17, 2021 4:09:32 PM"`), in
 * China time (UTC+8): DataWorks is a China service, and the throttle's days turn at UTC+8 too.
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const CHINA_OFFSET_MS = 8 * 3_600_000;

export function displayTime(epochMs: number): string {
  const t = new Date(epochMs + CHINA_OFFSET_MS);
  const hour24 = t.getUTCHours();
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const pad = (n: number): string => String(n).padStart(2, "0");
  const clock = `${hour12}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} ${hour24 < 12 ? "AM" : "PM"}`;
  return `${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()} ${clock}`;
}
