/**
 * One DataWorks operation: resolve settings → (per attempt) daily cap → throttle → sign with a fresh
 * timestamp and nonce (a replayed SignatureNonce is rejected, spec/signing.md §2.5) → send → read →
 * classify. Signing happens after the throttle wait, so the signed time is the sending time.
 */
import {
  answerFailureOutcome,
  transportFailureOutcome,
  type AttemptOutcome,
  type CallFacts,
} from "../attemptOutcome";
import type { ClientContext } from "../clientOptions";
import { resolveAlibabaSettings, type AlibabaSettings } from "../credentials/resolveSettings";
import { CloudError } from "../errors";
import { sendHttp } from "../http/sendHttp";
import type { AlibabaOperation } from "../operation";
import { runWithRetry, type Success } from "../pipeline";
import { formatAlibabaTimestamp, signAcs3, signRpcV1, type AlibabaSignInput } from "../signers";
import { signingFailureOutcome } from "../signingFailure";
import { waitForSlot } from "../throttle/waitForSlot";
import { readAlibabaResponse } from "./readAlibabaResponse";

/** spec/dataworks.md §1.1. */
export const DATAWORKS_API_VERSION = "2020-05-18";

function dailyCapExceeded(call: CallFacts, cap: number): AttemptOutcome {
  return {
    ok: false,
    retry: "final",
    error: new CloudError({
      ...call,
      // Same code as the server's answer, so callers handle both alike (spec/dataworks.md §1.7).
      category: "fatal",
      code: "Throttling.Api.Risk",
      serviceMessage:
        `this process has used the daily limit of ${cap} level-3 DataWorks calls for this account ` +
        "and region (spec/dataworks.md §1.8); the request was not sent",
    }),
  };
}

async function throttle(
  context: ClientContext,
  call: CallFacts,
  settings: AlibabaSettings,
  operation: AlibabaOperation<unknown>,
): Promise<AttemptOutcome | undefined> {
  if (!context.throttle.enabled) return undefined;
  // The limits are per account and region, shared by every API of a level (§1.8 notes ① ②).
  const key = `alibaba|${settings.accessKeyId}|${settings.region}|level${operation.level}`;
  if (operation.level === 3 && !context.throttle.registry.takeDaily(`${key}|daily`, context.throttle.dataWorksDailyCap)) {
    return dailyCapExceeded(call, context.throttle.dataWorksDailyCap);
  }
  const qps = context.throttle.dataWorksQps[operation.level];
  await waitForSlot(context, call, key, { perSecond: qps, burst: context.throttle.burst }, `level ${operation.level} (${qps} QPS)`);
  return undefined;
}

export async function sendAlibaba(operation: AlibabaOperation<unknown>, context: ClientContext): Promise<Success> {
  const settings = resolveAlibabaSettings(context.config, context.env());
  const call: CallFacts = { cloud: "alibaba", service: operation.service, action: operation.action };
  const input: AlibabaSignInput = {
    method: "POST",
    host: settings.endpoint.host,
    action: operation.action,
    version: DATAWORKS_API_VERSION,
    // RegionId is resolved from the endpoint but the provider still sends it (spec/dataworks.md §1.2).
    params: { RegionId: settings.region, ...operation.params },
    placement: "body",
  };
  const credentials = {
    accessKeyId: settings.accessKeyId,
    accessKeySecret: settings.accessKeySecret,
    ...(settings.securityToken ? { securityToken: settings.securityToken } : {}),
  };

  return runWithRetry({ ...call, idempotent: operation.idempotent }, context, async (): Promise<AttemptOutcome> => {
    const refused = await throttle(context, call, settings, operation);
    if (refused) return refused;
    let signed;
    try {
      const stamp = { timestamp: formatAlibabaTimestamp(context.clock.now()), nonce: context.nonce() };
      signed = context.alibabaSignature === "v1" ? signRpcV1(input, credentials, stamp) : signAcs3(input, credentials, stamp);
    } catch (error) {
      return signingFailureOutcome(call, error);
    }
    const sent = await sendHttp(
      {
        origin: settings.endpoint.origin,
        method: signed.method,
        path: signed.path,
        headers: { ...signed.headers, accept: "application/json" },
        ...(signed.body === undefined ? {} : { body: signed.body }),
      },
      { dispatcher: context.dispatcher(), headersTimeoutMs: context.headersTimeoutMs, bodyTimeoutMs: context.bodyTimeoutMs },
    );
    if (!sent.ok) return transportFailureOutcome(call, sent.failure);
    const answer = readAlibabaResponse(sent.response, context.clock.now());
    const secrets = [settings.accessKeySecret, settings.securityToken, signed.signature];
    return answer.ok ? answer : answerFailureOutcome(call, answer, secrets, false);
  });
}
