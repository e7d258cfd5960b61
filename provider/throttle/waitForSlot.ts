import type { CallFacts } from "../attemptOutcome";
import type { ClientContext } from "../clientOptions";
import type { RateLimit } from "./tokenBucket";

/** Waits for a token of bucket `key` (client-side throttle), reporting waits through `onLog`. */
export async function waitForSlot(
  context: ClientContext,
  call: CallFacts,
  key: string,
  limit: RateLimit,
  label: string,
): Promise<void> {
  if (!context.throttle.enabled) return;
  const waitMs = context.throttle.registry.reserve(key, limit);
  if (waitMs <= 0) return;
  context.onLog?.({
    kind: "throttleWait",
    cloud: call.cloud,
    service: call.service,
    action: call.action,
    waitMs,
    limit: label,
    message: `${call.service} ${call.action}: waiting ${waitMs} ms for the ${label} rate limit`,
  });
  await context.clock.sleep(waitMs);
}
