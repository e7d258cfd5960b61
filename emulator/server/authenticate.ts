import { verifyAlibaba, verifyHuawei, type AlibabaAuthResult, type AuthFailure } from "../auth";
import { lookupToken, type IamState } from "../services/iam";
import type { EmulatorCore } from "./emulatorCore";
import { GatewayError, HUAWEI, huaweiAuthCode } from "./gatewayErrors";
import type { IncomingCall } from "./incomingCall";

/** Alibaba: RPC v1 or ACS3 signature against the configured key pairs (spec/signing.md §2.5, §3.5). */
export function authenticateAlibaba(core: EmulatorCore, call: IncomingCall): AlibabaAuthResult {
  return verifyAlibaba(
    { method: call.method, url: urlOf(call), headers: call.headers, body: call.body },
    (id) => core.options.credentials.alibaba.find((k) => k.accessKeyId === id)?.accessKeySecret,
    core.clock.now(),
    core.nonces,
    { maxSkewMs: core.options.clockSkewMs },
  );
}

export type HuaweiIdentity =
  | {
      readonly ok: true;
      /** The access key or IAM user name, for the request log and per-user throttling. */
      readonly caller?: string;
      readonly accessKey?: string;
      /** The project the caller acts on (X-Project-Id, the key's project, or the token's scope). */
      readonly projectId?: string;
    }
  | { readonly ok: false; readonly error: GatewayError };

/**
 * Huawei: an AK/SK signature (spec/signing.md §4.4) or an `X-Auth-Token` issued by the IAM service
 * and not expired (spec/cdm.md §1.6). `anonymous` routes (IAM token issue) may carry neither.
 */
export function authenticateHuawei(
  core: EmulatorCore,
  serviceName: string,
  call: IncomingCall,
  anonymous: boolean,
): HuaweiIdentity {
  const code = huaweiAuthCode(serviceName);
  if (call.headers["authorization"] !== undefined) {
    const result = verifyHuawei(
      { method: call.method, url: urlOf(call), headers: call.headers, body: call.body },
      (ak) => core.options.credentials.huawei.find((k) => k.accessKey === ak)?.secretKey,
      core.clock.now(),
      { maxSkewMs: core.options.clockSkewMs },
    );
    if (!result.ok) return { ok: false, error: huaweiFailure(result, code) };
    const key = core.options.credentials.huawei.find((k) => k.accessKey === result.accessKey);
    const projectId = result.projectId ?? key?.projectId;
    return {
      ok: true,
      caller: result.accessKey,
      accessKey: result.accessKey,
      ...(projectId !== undefined ? { projectId } : {}),
    };
  }
  const tokenText = call.headers["x-auth-token"];
  if (tokenText !== undefined) {
    const iam = core.states.get("iam") as IamState | undefined;
    const lookup = iam ? lookupToken(iam, tokenText, core.clock.now()) : { status: "unknown" as const };
    if (lookup.status === "expired") return { ok: false, error: HUAWEI.tokenExpired(code) };
    if (lookup.status === "unknown") {
      return { ok: false, error: HUAWEI.authFailed(code, "the X-Auth-Token is not a token this emulator issued.") };
    }
    return { ok: true, caller: lookup.token.userName, projectId: lookup.token.projectId };
  }
  if (anonymous) return { ok: true };
  return {
    ok: false,
    // spec/dli.md §1.4.3: the message DLI gives when neither header is present (seed §6.5).
    error: new GatewayError(
      401,
      code,
      serviceName === "dli"
        ? "X-Auth-Token is not defined in request. It is mandatory. Please define and send the request."
        : "Incorrect IAM authentication information: the request carries neither X-Auth-Token nor an AK/SK Authorization header.",
    ),
  };
}

function huaweiFailure(result: AuthFailure, code: string): GatewayError {
  return new GatewayError(result.status, result.status === 401 ? code : result.code, result.message);
}

function urlOf(call: IncomingCall): string {
  return call.rawQuery === "" ? call.path : `${call.path}?${call.rawQuery}`;
}
