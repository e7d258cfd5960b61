/**
 * One CDM or DLI operation: resolve settings → (per attempt) throttle → authenticate (AK/SK
 * signature with a fresh X-Sdk-Date, or an IAM token) → send → read → classify.
 */
import {
  answerFailureOutcome,
  transportFailureOutcome,
  type AttemptOutcome,
  type CallFacts,
} from "../attemptOutcome";
import type { ClientContext } from "../clientOptions";
import { resolveHuaweiSettings, type HuaweiSettings } from "../credentials/resolveSettings";
import type { HttpRequest } from "../http/httpExchange";
import { sendHttp } from "../http/sendHttp";
import type { HuaweiOperation } from "../operation";
import { runWithRetry, type Success } from "../pipeline";
import { formatSdkDate, huaweiCanonicalQuery, huaweiEncodePath, huaweiQueryPairs, signHuawei } from "../signers";
import { perMinute } from "../throttle/limits";
import { waitForSlot } from "../throttle/waitForSlot";
import { fetchIamToken, iamTokenCacheKey } from "./fetchIamToken";
import { readHuaweiResponse } from "./readHuaweiResponse";
import { signingFailureOutcome } from "../signingFailure";

const PROJECT_PLACEHOLDER = "{project_id}";

/**
 * The operation's path with `{project_id}` substituted, as decoded segments (the signer encodes each
 * segment itself, spec/signing.md §4.2 step 1 and §4.5).
 */
export function decodedPath(path: string, projectId: string): string {
  return path
    .split("/")
    .map((segment) => (segment === PROJECT_PLACEHOLDER ? projectId : decodeURIComponent(segment)))
    .join("/");
}

export function wireQuery(query: HuaweiOperation<unknown>["query"]): Record<string, string | readonly string[]> {
  const out: Record<string, string | readonly string[]> = {};
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    out[name] = typeof value === "string" || Array.isArray(value) ? (value as string | readonly string[]) : String(value);
  }
  return out;
}

/** Headers every call of a service carries. CDM: always `X-Language: en_us` (spec/cdm.md GAP-8). */
function serviceHeaders(operation: HuaweiOperation<unknown>): Record<string, string> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (operation.service === "cdm") headers["x-language"] = "en_us";
  return headers;
}

async function throttle(context: ClientContext, call: CallFacts, settings: HuaweiSettings): Promise<void> {
  const identity = settings.accessKey ?? `${settings.domain}/${settings.user}`;
  const key = `huawei|${identity}|${settings.region}|${call.service}:${call.action}`;
  if (call.service === "cdm") {
    const count = context.throttle.cdmPerMinute[call.action] ?? context.throttle.cdmDefaultPerMinute;
    await waitForSlot(context, call, key, perMinute(count, context.throttle.burst), `${call.action} ${count}/min`);
  } else if (context.throttle.dliPerSecond !== undefined) {
    const limit = { perSecond: context.throttle.dliPerSecond, burst: context.throttle.burst };
    await waitForSlot(context, call, key, limit, `${call.action} ${context.throttle.dliPerSecond}/s`);
  }
}

export async function sendHuawei(operation: HuaweiOperation<unknown>, context: ClientContext): Promise<Success> {
  const settings = resolveHuaweiSettings(context.config, context.env());
  const call: CallFacts = { cloud: "huawei", service: operation.service, action: operation.action };
  const endpoint = settings.endpoints[operation.service];
  const path = decodedPath(operation.path, settings.projectId);
  const query = wireQuery(operation.query);
  const body = operation.body === undefined ? undefined : JSON.stringify(operation.body);
  const tokenKey = iamTokenCacheKey(settings);
  let lastToken: string | undefined;

  return runWithRetry({ ...call, idempotent: operation.idempotent }, context, async (flags): Promise<AttemptOutcome> => {
    await throttle(context, call, settings);
    let request: HttpRequest;
    let secrets: Array<string | undefined>;
    if (settings.auth === "token") {
      lastToken = await context.tokenCache.get(
        tokenKey,
        context.clock.now(),
        (reason) => fetchIamToken(context, settings, reason, call),
        flags.refreshToken ? lastToken : undefined,
      );
      const canonicalQuery = huaweiCanonicalQuery(huaweiQueryPairs(query));
      const wirePath = huaweiEncodePath(path);
      request = {
        origin: endpoint.origin,
        method: operation.method,
        path: canonicalQuery === "" ? wirePath : `${wirePath}?${canonicalQuery}`,
        headers: {
          ...serviceHeaders(operation),
          host: endpoint.host,
          "x-project-id": settings.projectId,
          "x-auth-token": lastToken,
        },
        ...(body === undefined ? {} : { body }),
      };
      secrets = [lastToken, settings.password];
    } else {
      try {
        const signed = signHuawei(
          { method: operation.method, host: endpoint.host, path, query, headers: serviceHeaders(operation), ...(body === undefined ? {} : { body }) },
          {
            accessKey: settings.accessKey ?? "",
            secretKey: settings.secretKey ?? "",
            projectId: settings.projectId,
            ...(settings.securityToken ? { securityToken: settings.securityToken } : {}),
          },
          { sdkDate: formatSdkDate(context.clock.now()) },
        );
        request = { origin: endpoint.origin, method: signed.method, path: signed.path, headers: signed.headers, ...(signed.body === undefined ? {} : { body: signed.body }) };
        secrets = [settings.secretKey, settings.securityToken, signed.signature];
      } catch (error) {
        return signingFailureOutcome(call, error);
      }
    }
    const sent = await sendHttp(request, {
      dispatcher: context.dispatcher(),
      headersTimeoutMs: context.headersTimeoutMs,
      bodyTimeoutMs: context.bodyTimeoutMs,
    });
    if (!sent.ok) return transportFailureOutcome(call, sent.failure);
    const answer = readHuaweiResponse(sent.response, context.clock.now());
    return answer.ok ? answer : answerFailureOutcome(call, answer, secrets, settings.auth === "token");
  });
}
