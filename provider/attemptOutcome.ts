/**
 * The result of one attempt, and what it allows the retry loop to do. Turning an answer into a
 * CloudError happens here, once, for both clouds.
 */
import { classifyFailure } from "./classify/classifyFailure";
import { CloudError, type Cloud, type ServiceName } from "./errors";
import type { TransportFailure } from "./http/httpExchange";
import type { AnswerFailure } from "./http/serviceAnswer";
import { isPermanentTransportFailure } from "./http/transportFailure";
import { redact } from "./redact";

/**
 * - `throttled`: the server refused for rate; nothing was processed — retry any call.
 * - `notSent`: the connection failed before the request left — retry any call.
 * - `afterSend`: transient, but the request may have been processed — retry idempotent calls only;
 *   a non-idempotent call surfaces as `ambiguous`.
 * - `reSign`: rejected for its timestamp/nonce — re-sign and send once more.
 * - `tokenRejected`: an IAM token was refused (401) — fetch a new token and send once more.
 * - `final`: no retry.
 */
export type RetryClass = "throttled" | "notSent" | "afterSend" | "reSign" | "tokenRejected" | "final";

export type AttemptOutcome =
  | { readonly ok: true; readonly body: unknown; readonly requestId: string | undefined }
  | { readonly ok: false; readonly error: CloudError; readonly retry: RetryClass };

export interface CallFacts {
  readonly cloud: Cloud;
  readonly service: ServiceName;
  readonly action: string;
}

export function answerFailureOutcome(
  call: CallFacts,
  failure: AnswerFailure,
  secrets: ReadonlyArray<string | undefined>,
  usedToken: boolean,
): AttemptOutcome {
  const classification = classifyFailure(call.cloud, failure.facts);
  const error = new CloudError({
    ...call,
    category: classification.category,
    code: failure.facts.code || `Http${failure.httpStatus}`,
    serviceMessage: redact(failure.facts.message || `HTTP status ${failure.httpStatus}`, secrets),
    httpStatus: failure.facts.status,
    requestId: failure.requestId,
    retryAfterSeconds: failure.retryAfterSeconds,
  });
  const retry: RetryClass =
    usedToken && failure.httpStatus === 401
      ? "tokenRejected"
      : classification.reSign
        ? "reSign"
        : classification.category === "throttling"
          ? "throttled"
          : classification.category === "transient"
            ? "afterSend"
            : "final";
  return { ok: false, error, retry };
}

export function transportFailureOutcome(call: CallFacts, failure: TransportFailure): AttemptOutcome {
  const permanent = isPermanentTransportFailure(failure);
  const error = new CloudError({
    ...call,
    category: permanent ? "fatal" : "transient",
    code: failure.code,
    serviceMessage: failure.description,
    cause: failure.cause,
  });
  return { ok: false, error, retry: permanent ? "final" : failure.sent ? "afterSend" : "notSent" };
}

/** The same error in another category, with a note saying why (the fields are kept). */
export function recategorize(error: CloudError, category: CloudError["category"], note: string): CloudError {
  return new CloudError({
    cloud: error.cloud,
    service: error.service,
    action: error.action,
    category,
    code: error.code,
    serviceMessage: `${error.serviceMessage} (${note})`,
    httpStatus: error.httpStatus,
    requestId: error.requestId,
    retryAfterSeconds: error.retryAfterSeconds,
    cause: error.cause,
  });
}
