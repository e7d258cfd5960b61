/**
 * CDM / DLI / IAM answers → success body or failure facts.
 * Error shapes (spec/cdm.md §1.8, GAP-40; spec/dli.md §1.6, §1.7):
 * - `{error_code, error_msg}` (gateway, IAM, DLI);
 * - `{errCode, externalMessage}` and `{code, errCode, message, externalMessage}` (CDM; one example
 *   misspells `ternalMessage`);
 * - `{"validation-result": [{"linkConfig": [{message, status}]}]}` with HTTP 500 (CDM link check);
 * - `{is_success: false, message}` envelopes (DLI), even with HTTP 200;
 * - Keystone's `{error: {code, message, title}}` (IAM).
 * The request id comes from the `X-Request-Id` header, else from the body.
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
import { CDM_VALIDATION_FAILED } from "../classify/huaweiErrorTable";
import { parseRetryAfter } from "../retry/retryAfter";

function validationMessages(body: Record<string, unknown> | undefined): string[] | undefined {
  const result = body?.["validation-result"];
  if (!Array.isArray(result)) return undefined;
  const messages: string[] = [];
  const visit = (entry: unknown): void => {
    const record = asRecord(entry);
    if (record?.["status"] === "ERROR" && typeof record["message"] === "string") {
      messages.push(record["message"]);
    }
    const nested = record?.["linkConfig"];
    if (Array.isArray(nested)) nested.forEach(visit);
  };
  result.forEach(visit);
  return messages.length > 0 ? messages : undefined;
}

function failureFacts(
  status: number,
  body: Record<string, unknown> | undefined,
  text: string,
  notJson: boolean,
): { status: number; code: string; message: string } {
  const keystone = asRecord(body?.["error"]);
  const code = firstText(body, ["errCode", "error_code", "code"]) ?? "";
  const message =
    firstText(body, ["externalMessage", "ternalMessage", "error_msg", "message", "msg"]) ??
    firstText(keystone, ["message", "title"]);
  if (code === "" && message === undefined) {
    const checks = validationMessages(body);
    if (checks) return { status, code: CDM_VALIDATION_FAILED, message: checks.join("; ") };
  }
  return { status, code, message: message ?? (notJson ? excerpt(text) : "") };
}

export function readHuaweiResponse(response: HttpResponse, nowMs: number): ServiceAnswer {
  const parsed = parseJsonBody(response.text);
  const body = parsed === NOT_JSON ? undefined : asRecord(parsed);
  const requestId =
    response.headers["x-request-id"] ?? firstText(body, ["request_id", "requestId", "RequestId"]);
  const ok = response.status >= 200 && response.status < 300;
  if (ok && !isFalse(body?.["is_success"])) return { ok: true, body: parsed, requestId };
  return {
    ok: false,
    httpStatus: response.status,
    facts: failureFacts(response.status, body, response.text, parsed === NOT_JSON),
    requestId,
    retryAfterSeconds: parseRetryAfter(response.headers["retry-after"], nowMs),
  };
}
