/**
 * DataWorks answers → success body or failure facts (spec/dataworks.md §1.6, §1.7): an error is the
 * HTTP status plus `ErrorCode ?? Code` and `ErrorMessage ?? Message` (the gateway's shape uses the
 * latter), and `Success: false` (or `"false"`) is an error even with HTTP 200.
 */
import type { HttpResponse } from "../http/httpExchange";
import {
  asRecord,
  excerpt,
  firstText,
  isFalse,
  NOT_JSON,
  parseJsonBody,
  type ServiceAnswer,
} from "../http/serviceAnswer";
import { parseRetryAfter } from "../retry/retryAfter";

/** `HttpStatusCode` is a number or a numeric string (§1.6 notes). */
function statusField(value: unknown): number | undefined {
  const status = typeof value === "string" ? Number(value) : value;
  return typeof status === "number" && Number.isInteger(status) && status >= 100 ? status : undefined;
}

export function readAlibabaResponse(response: HttpResponse, nowMs: number): ServiceAnswer {
  const parsed = parseJsonBody(response.text);
  const body = parsed === NOT_JSON ? undefined : asRecord(parsed);
  const requestId = firstText(body, ["RequestId", "requestId"]) ?? response.headers["x-acs-request-id"];
  const ok = response.status >= 200 && response.status < 300;
  if (ok && !isFalse(body?.["Success"])) return { ok: true, body: parsed, requestId };

  const declared = statusField(body?.["HttpStatusCode"]);
  // A 200 that says it failed: use the status the envelope declares when it names an error status.
  const status = ok && declared !== undefined && declared >= 400 ? declared : response.status;
  return {
    ok: false,
    httpStatus: response.status,
    facts: {
      status,
      code: firstText(body, ["ErrorCode", "Code"]) ?? "",
      message:
        firstText(body, ["ErrorMessage", "Message"]) ??
        (parsed === NOT_JSON ? excerpt(response.text) : ""),
    },
    requestId,
    retryAfterSeconds: parseRetryAfter(response.headers["retry-after"], nowMs),
  };
}
