/**
 * IAM "get user token" with a password identity and a project scope (spec/cdm.md §1.6, spec/dli.md
 * §1.4.1): `POST /v3/auth/tokens`, 201, the token in the `X-Subject-Token` response header, the
 * expiry in the body's `token.expires_at`. Retried like any idempotent call.
 */
import { z } from "zod";
import { answerFailureOutcome, type CallFacts } from "../attemptOutcome";
import type { ClientContext } from "../clientOptions";
import type { HuaweiSettings } from "../credentials/resolveSettings";
import { CloudError } from "../errors";
import { sendHttp } from "../http/sendHttp";
import { transportFailureOutcome } from "../attemptOutcome";
import { runWithRetry } from "../pipeline";
import type { IamToken, TokenFetchReason } from "./iamTokenCache";
import { readHuaweiResponse } from "./readHuaweiResponse";

export const IAM_TOKEN_PATH = "/v3/auth/tokens";
/** The Huawei SDKs' name for this call (camelCase, house naming). */
export const IAM_TOKEN_ACTION = "keystoneCreateUserTokenByPassword";

const TokenBodySchema = z.object({ token: z.object({ expires_at: z.string() }) });

export function iamTokenCacheKey(settings: HuaweiSettings): string {
  return [settings.endpoints.iam.origin, settings.domain, settings.user, settings.projectId].join("|");
}

function requestBody(settings: HuaweiSettings): string {
  return JSON.stringify({
    auth: {
      identity: {
        methods: ["password"],
        password: {
          user: { name: settings.user, password: settings.password, domain: { name: settings.domain } },
        },
      },
      // CDM and DLI need a project-scoped token ("需要project级别的Token", cdm.md §1.6).
      scope: { project: { id: settings.projectId } },
    },
  });
}

export async function fetchIamToken(
  context: ClientContext,
  settings: HuaweiSettings,
  reason: TokenFetchReason,
  forService: CallFacts,
): Promise<IamToken> {
  const call: CallFacts = { cloud: "huawei", service: "iam", action: IAM_TOKEN_ACTION };
  context.onLog?.({
    kind: "tokenRefresh",
    ...forService,
    reason,
    message: `${forService.service} ${forService.action}: requesting an IAM token (${reason})`,
  });
  const body = requestBody(settings);
  const secrets = [settings.password];
  const endpoint = settings.endpoints.iam;
  let token: string | undefined;
  const success = await runWithRetry({ ...call, idempotent: true }, context, async () => {
    const sent = await sendHttp(
      {
        origin: endpoint.origin,
        method: "POST",
        path: IAM_TOKEN_PATH,
        headers: { host: endpoint.host, "content-type": "application/json;charset=utf8" },
        body,
      },
      { dispatcher: context.dispatcher(), headersTimeoutMs: context.headersTimeoutMs, bodyTimeoutMs: context.bodyTimeoutMs },
    );
    if (!sent.ok) return transportFailureOutcome(call, sent.failure);
    const answer = readHuaweiResponse(sent.response, context.clock.now());
    if (!answer.ok) return answerFailureOutcome(call, answer, secrets, false);
    token = sent.response.headers["x-subject-token"];
    return answer;
  });
  const parsed = TokenBodySchema.safeParse(success.body);
  const expiresAtMs = parsed.success ? Date.parse(parsed.data.token.expires_at) : Number.NaN;
  if (!token || Number.isNaN(expiresAtMs)) {
    throw new CloudError({
      ...call,
      category: "fatal",
      code: "DecodeError",
      serviceMessage: token
        ? "unexpected response shape: token.expires_at: missing or not a date"
        : "the response has no X-Subject-Token header",
      requestId: success.requestId,
    });
  }
  return { token, expiresAtMs };
}
