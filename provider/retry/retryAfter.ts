/**
 * `Retry-After` as delta-seconds or as an HTTP date (RFC 9110 §10.2.3); the seeds tell clients to
 * read it on 429 and wait that long (spec/dli.md §7.1, spec/cdm.md §5.2).
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, (at - nowMs) / 1000);
}
