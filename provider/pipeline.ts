/**
 * The retry loop around attempts. Each attempt is throttle → sign (fresh time and nonce) → send →
 * classify; this loop decides, from the attempt's RetryClass and the call's idempotency, whether to
 * try again (ARCHITECTURE decision 9: retries never duplicate).
 */
import { recategorize, type AttemptOutcome, type CallFacts } from "./attemptOutcome";
import type { Clock, Random } from "./clock";
import type { ClientLogger } from "./clientLog";
import { backoffDelay } from "./retry/backoff";
import type { NormalizedRetryOptions } from "./retry/retryOptions";

export interface AttemptFlags {
  /** 1-based attempt number. */
  readonly attempt: number;
  /** The previous attempt's IAM token was rejected: fetch a new one first. */
  readonly refreshToken: boolean;
}

export interface RetryContext {
  readonly clock: Clock;
  readonly random: Random;
  readonly retry: NormalizedRetryOptions;
  readonly onLog: ClientLogger | undefined;
}

export type Success = Extract<AttemptOutcome, { ok: true }>;

const AMBIGUOUS_NOTE =
  "the request was sent and its outcome is unknown; look the object up before trying again";

export async function runWithRetry(
  call: CallFacts & { readonly idempotent: boolean },
  context: RetryContext,
  attemptOnce: (flags: AttemptFlags) => Promise<AttemptOutcome>,
): Promise<Success> {
  const started = context.clock.now();
  let reSigned = false;
  let tokenRefreshed = false;
  let refreshToken = false;
  let backoffRetries = 0;
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce({ attempt, refreshToken });
    refreshToken = false;
    if (outcome.ok) return outcome;
    const { error, retry } = outcome;

    if (retry === "final") throw error;
    if (retry === "afterSend" && !call.idempotent) throw recategorize(error, "ambiguous", AMBIGUOUS_NOTE);
    // Rejected before processing because of the signature's time or nonce: one immediate re-sign.
    if (retry === "reSign") {
      if (reSigned) throw error;
      reSigned = true;
      continue;
    }
    // An IAM token refused with 401: one new token, one more try (spec/cdm.md §1.6 [inferred]).
    if (retry === "tokenRejected") {
      if (tokenRefreshed) throw error;
      tokenRefreshed = true;
      refreshToken = true;
      continue;
    }

    backoffRetries += 1;
    if (attempt >= context.retry.maxAttempts) throw error;
    const delayMs = backoffDelay(backoffRetries, context.retry, context.random, error.retryAfterSeconds);
    if (context.clock.now() - started + delayMs > context.retry.maxElapsedMs) throw error;
    context.onLog?.({
      kind: "retry",
      cloud: call.cloud,
      service: call.service,
      action: call.action,
      attempt,
      delayMs,
      code: error.code,
      category: error.category,
      message: `${call.service} ${call.action}: ${error.code} (${error.category}); retry ${backoffRetries} in ${delayMs} ms`,
    });
    await context.clock.sleep(delayMs);
  }
}
