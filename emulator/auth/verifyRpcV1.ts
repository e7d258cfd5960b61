/**
 * Verifies an Alibaba RPC v1 (HMAC-SHA1) request, spec/signing.md §2.5: parameters from the query and a
 * form body, merged; the signature rebuilt with §2.3 steps 2–6; timestamp window; nonce reuse.
 */
import {
  FORM_CONTENT_TYPE,
  RPC_PARAM,
  RPC_SIGNATURE_METHOD,
  RPC_SIGNATURE_VERSION,
  rpcCanonicalQuery,
  rpcSignature,
  rpcStringToSign,
} from "../../provider/signers";
import { maskSecrets } from "../maskSecrets";
import { type AuthRequest, formPairs, splitUrl } from "./authRequest";
import type { AlibabaAuthResult } from "./authResults";
import { alibabaGatewayErrors as errors } from "./alibabaGatewayErrors";
import { parseAlibabaTimestamp, withinSkew } from "./alibabaTimestamp";
import { constantTimeEqual } from "./constantTimeEqual";
import type { NonceCache } from "./nonceCache";

/** Checked in this order, so the first missing one is named (§2.5 step 2). */
const REQUIRED = [
  RPC_PARAM.action,
  RPC_PARAM.version,
  RPC_PARAM.accessKeyId,
  RPC_PARAM.signature,
  RPC_PARAM.signatureMethod,
  RPC_PARAM.signatureVersion,
  RPC_PARAM.signatureNonce,
  RPC_PARAM.timestamp,
] as const;

/** `Format` is JSON or XML, in any case (pop-core `JSON`, openapi-client `json`, §5 #5). */
const FORMATS = new Set(["json", "xml"]);

export function isFormBody(headers: Readonly<Record<string, string>>): boolean {
  return (headers["content-type"] ?? "").toLowerCase().startsWith(FORM_CONTENT_TYPE);
}

export function verifyRpcV1(
  request: AuthRequest,
  lookupSecret: (accessKeyId: string) => string | undefined,
  nowMs: number,
  nonces: NonceCache,
  maxSkewMs: number,
): AlibabaAuthResult {
  const pairs = formPairs(splitUrl(request.url).rawQuery);
  if (isFormBody(request.headers) && request.body.length > 0) pairs.push(...formPairs(request.body.toString("utf8")));

  const params: Record<string, string> = {};
  for (const [name, value] of pairs) {
    // [convention] §2.5 step 1: a repeated name makes the signed set ambiguous; the SDKs never send one.
    if (Object.prototype.hasOwnProperty.call(params, name)) {
      return errors.invalidParameter(name, "the parameter appears more than once", params[RPC_PARAM.action]);
    }
    params[name] = value;
  }
  const action = params[RPC_PARAM.action];
  for (const name of REQUIRED) {
    if (params[name] === undefined || params[name] === "") return errors.missingParameter(name, action);
  }
  const p = params as Record<(typeof REQUIRED)[number], string>;
  if (p.SignatureMethod !== RPC_SIGNATURE_METHOD) {
    return errors.incompleteSignature(`SignatureMethod must be ${RPC_SIGNATURE_METHOD}`, action);
  }
  if (p.SignatureVersion !== RPC_SIGNATURE_VERSION) {
    return errors.incompleteSignature(`SignatureVersion must be ${RPC_SIGNATURE_VERSION}`, action);
  }
  const format = params[RPC_PARAM.format];
  if (format !== undefined && !FORMATS.has(format.toLowerCase())) {
    return errors.invalidParameter(RPC_PARAM.format, "expected JSON or XML", action);
  }
  const timestampMs = parseAlibabaTimestamp(p.Timestamp);
  if (timestampMs === undefined) return errors.timestampFormat(p.Timestamp, action);

  const secret = lookupSecret(p.AccessKeyId);
  if (secret === undefined) return errors.accessKeyNotFound(action);

  const received = p.Signature;
  delete params[RPC_PARAM.signature];
  const stringToSign = rpcStringToSign(
    request.method.toUpperCase(),
    rpcCanonicalQuery(Object.entries(params)),
  );
  if (!constantTimeEqual(received, rpcSignature(stringToSign, secret))) {
    // The RPC string to sign holds every parameter verbatim; the error body must not echo a secret
    // the request carried (a data source `Content` password, a `SecurityToken`: ARCHITECTURE
    // decision 3), so those values are masked in the string shown.
    const shown = maskSecrets(params) as Record<string, string>;
    return errors.signatureMismatch(
      rpcStringToSign(request.method.toUpperCase(), rpcCanonicalQuery(Object.entries(shown))),
      action,
    );
  }
  if (!withinSkew(timestampMs, nowMs, maxSkewMs)) return errors.timestampExpired(p.Timestamp, action);
  // Only a correctly signed, current request consumes its nonce (a forged one cannot burn nonces).
  if (!nonces.checkAndRemember(`${p.AccessKeyId}:${p.SignatureNonce}`, nowMs)) return errors.nonceUsed(action);

  const result: AlibabaAuthResult = {
    ok: true,
    scheme: "rpc-v1",
    accessKeyId: p.AccessKeyId,
    action: p.Action,
    version: p.Version,
    params,
  };
  const token = params[RPC_PARAM.securityToken];
  if (token !== undefined) result.securityToken = token;
  return result;
}
