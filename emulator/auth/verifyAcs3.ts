/**
 * Verifies an Alibaba ACS3-HMAC-SHA256 request, spec/signing.md §3.5: SignedHeaders taken from the
 * request (incl. `x-acs-credentials-provider`, §5 #3), x-acs-content-sha256 checked against the received
 * bytes, canonical query rebuilt from the decoded query, timestamp window and nonce reuse.
 */
import {
  ACS3_ALGORITHM,
  ACS3_HEADER,
  ACS3_SIGNED_HEADER_PREFIX,
  JSON_CONTENT_TYPE,
  acs3CanonicalHeaders,
  acs3CanonicalQuery,
  canonicalRequest as joinCanonicalRequest,
  acs3CanonicalUri,
  acs3Signature,
  acs3StringToSign,
  compareCodeUnits,
  flattenAlibabaParams,
  sha256Hex,
} from "../../provider/signers";
import { type AuthRequest, formPairs, splitUrl } from "./authRequest";
import type { AlibabaAuthResult } from "./authResults";
import { alibabaGatewayErrors as errors } from "./alibabaGatewayErrors";
import { parseAlibabaTimestamp, withinSkew } from "./alibabaTimestamp";
import { constantTimeEqual } from "./constantTimeEqual";
import type { NonceCache } from "./nonceCache";
import { parseAuthorization } from "./parseAuthorization";
import { isFormBody } from "./verifyRpcV1";

/** Must be present and signed (§3.5 step 2). */
const REQUIRED_HEADERS = [
  ACS3_HEADER.action,
  ACS3_HEADER.version,
  ACS3_HEADER.date,
  ACS3_HEADER.nonce,
  ACS3_HEADER.contentSha256,
] as const;

export function verifyAcs3(
  request: AuthRequest,
  lookupSecret: (accessKeyId: string) => string | undefined,
  nowMs: number,
  nonces: NonceCache,
  maxSkewMs: number,
): AlibabaAuthResult {
  const headers = request.headers;
  const action = headers[ACS3_HEADER.action];
  const auth = parseAuthorization(headers[ACS3_HEADER.authorization] ?? "");
  if (auth === undefined) return errors.incompleteSignature("malformed Authorization header", action);
  if (auth.algorithm !== ACS3_ALGORITHM) {
    return errors.incompleteSignature(`unsupported signature algorithm ${auth.algorithm}`, action);
  }
  const accessKeyId = auth.fields["Credential"];
  const signedList = auth.fields["SignedHeaders"];
  const received = auth.fields["Signature"];
  if (!accessKeyId || !signedList || !received) {
    return errors.incompleteSignature("Authorization needs Credential, SignedHeaders and Signature", action);
  }
  for (const name of REQUIRED_HEADERS) {
    if (!headers[name]) return errors.missingParameter(name, action);
  }
  const signedNames = [...new Set(signedList.toLowerCase().split(";"))].sort(compareCodeUnits);
  const mustSign: string[] = [ACS3_HEADER.host, ...REQUIRED_HEADERS];
  if (request.body.length > 0 && headers[ACS3_HEADER.contentType] !== undefined) {
    mustSign.push(ACS3_HEADER.contentType);
  }
  // [doc] every x-acs-* header present must be signed (Alibaba: "all common headers present").
  for (const name of Object.keys(headers)) if (name.startsWith(ACS3_SIGNED_HEADER_PREFIX)) mustSign.push(name);
  for (const name of mustSign) {
    if (!signedNames.includes(name)) return errors.incompleteSignature(`header ${name} must be signed`, action);
  }
  for (const name of signedNames) {
    if (headers[name] === undefined) return errors.incompleteSignature(`signed header ${name} is missing`, action);
  }
  const date = headers[ACS3_HEADER.date]!;
  const timestampMs = parseAlibabaTimestamp(date);
  if (timestampMs === undefined) return errors.timestampFormat(date, action);

  const secret = lookupSecret(accessKeyId);
  if (secret === undefined) return errors.accessKeyNotFound(action);

  // §3.3 / §3.5 step 3: the hash of the bytes received, never of a re-serialisation.
  const payloadHash = headers[ACS3_HEADER.contentSha256]!.trim();
  if (payloadHash.toLowerCase() !== sha256Hex(request.body)) return errors.bodyHashMismatch(action);

  const { path, rawQuery } = splitUrl(request.url);
  const queryPairs = formPairs(rawQuery);
  const canonicalRequest = joinCanonicalRequest({
    method: request.method.toUpperCase(),
    canonicalUri: acs3CanonicalUri(path),
    canonicalQuery: acs3CanonicalQuery(queryPairs),
    canonicalHeaders: acs3CanonicalHeaders(headers, signedNames),
    signedHeaders: signedNames.join(";"),
    payloadHash,
  });
  const stringToSign = acs3StringToSign(canonicalRequest);
  if (!constantTimeEqual(received.toLowerCase(), acs3Signature(stringToSign, secret))) {
    return errors.signatureMismatch(stringToSign, action);
  }
  if (!withinSkew(timestampMs, nowMs, maxSkewMs)) return errors.timestampExpired(date, action);
  if (!nonces.checkAndRemember(`${accessKeyId}:${headers[ACS3_HEADER.nonce]!}`, nowMs)) {
    return errors.nonceUsed(action);
  }

  const result: AlibabaAuthResult = {
    ok: true,
    scheme: "acs3",
    accessKeyId,
    action: action!,
    version: headers[ACS3_HEADER.version]!,
    params: acs3Params(request, queryPairs),
  };
  const token = headers[ACS3_HEADER.securityToken];
  if (token !== undefined) result.securityToken = token;
  return result;
}

/**
 * Business parameters from the query and the body (§3.5 step 6): a form body, or a JSON object body
 * flattened like the SDK flattens parameters. The body wins on a repeated name (spec/dataworks.md §1.3).
 */
function acs3Params(request: AuthRequest, queryPairs: Array<[string, string]>): Record<string, string> {
  const params: Record<string, string> = Object.fromEntries(queryPairs);
  if (request.body.length === 0) return params;
  if (isFormBody(request.headers)) {
    for (const [name, value] of formPairs(request.body.toString("utf8"))) params[name] = value;
  } else if ((request.headers[ACS3_HEADER.contentType] ?? "").toLowerCase().startsWith(JSON_CONTENT_TYPE)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(request.body.toString("utf8"));
    } catch {
      return params; // the signature covered the bytes; the handler decides what a bad body means
    }
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
      for (const [name, value] of flattenAlibabaParams(parsed as Record<string, never>)) params[name] = value;
    }
  }
  return params;
}
