/**
 * Verifies a Huawei SDK-HMAC-SHA256 (AK/SK) request, spec/signing.md §4.4. Token authentication
 * (`X-Auth-Token`) is a separate path the core handles before calling this.
 */
import {
  HUAWEI_ALGORITHM,
  HUAWEI_HEADER,
  HUAWEI_UNSIGNED_PAYLOAD,
  compareCodeUnits,
  huaweiCanonicalHeaders,
  huaweiCanonicalQuery,
  canonicalRequest as joinCanonicalRequest,
  huaweiSignature,
  huaweiStringToSign,
  percentEncode,
  sha256Hex,
} from "../../provider/signers";
import { type AuthRequest, formPairs, splitUrl } from "./authRequest";
import type { HuaweiAuthResult } from "./authResults";
import { constantTimeEqual } from "./constantTimeEqual";
import { huaweiGatewayErrors as errors } from "./huaweiGatewayErrors";
import { parseAuthorization } from "./parseAuthorization";
import { DEFAULT_MAX_SKEW_MS } from "./verifyOptions";

/** AK/SK signing supports bodies up to 12 MB (seed 003/004 §3.2, spec/cdm.md §1.7). */
export const HUAWEI_MAX_SIGNED_BODY_BYTES = 12 * 1024 * 1024;

const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const HEX_SHA256 = /^[0-9a-f]{64}$/;

export interface HuaweiVerifyOptions {
  /** Default 12 MB. */
  maxBodyBytes?: number;
  /** Default ±15 minutes (spec/signing.md §4.4 step 7 [doc]). */
  maxSkewMs?: number;
}

function parseSdkDate(text: string): number | undefined {
  const m = SDK_DATE.exec(text);
  if (m === null) return undefined;
  const ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // not valid percent-encoding: sign it as received
  }
}

/** §4.4 step 3: decode each received segment once, re-encode it, append "/" if missing. */
function canonicalUriOfReceivedPath(path: string): string {
  const uri = path
    .split("/")
    .map((segment) => percentEncode(decodeSegment(segment)))
    .join("/");
  return uri.endsWith("/") ? uri : uri + "/";
}

export function verifyHuawei(
  request: AuthRequest,
  lookupSecret: (accessKey: string) => string | undefined,
  nowMs: number,
  options: HuaweiVerifyOptions = {},
): HuaweiAuthResult {
  const headers = request.headers;
  const authorization = headers[HUAWEI_HEADER.authorization];
  if (authorization === undefined) return errors.missingAuthorization();
  const maxBodyBytes = options.maxBodyBytes ?? HUAWEI_MAX_SIGNED_BODY_BYTES;
  if (request.body.length > maxBodyBytes) return errors.tooLarge(maxBodyBytes);

  const auth = parseAuthorization(authorization);
  if (auth === undefined || auth.algorithm !== HUAWEI_ALGORITHM) {
    return errors.malformed(`expected "${HUAWEI_ALGORITHM} Access=…, SignedHeaders=…, Signature=…"`);
  }
  const accessKey = auth.fields["Access"];
  const signedList = auth.fields["SignedHeaders"];
  const received = auth.fields["Signature"];
  if (!accessKey || !signedList || !received) {
    return errors.malformed("Authorization needs Access, SignedHeaders and Signature");
  }
  const signedNames = [...new Set(signedList.toLowerCase().split(";"))].sort(compareCodeUnits);
  // §4.4 step 2 [convention]: host and x-sdk-date always; identity headers whenever they are sent.
  const mustSign: string[] = [HUAWEI_HEADER.host, HUAWEI_HEADER.sdkDate];
  for (const name of [HUAWEI_HEADER.projectId, HUAWEI_HEADER.securityToken, HUAWEI_HEADER.contentSha256]) {
    if (headers[name] !== undefined) mustSign.push(name);
  }
  for (const name of mustSign) {
    if (!signedNames.includes(name)) return errors.malformed(`header ${name} must be signed`);
  }
  for (const name of signedNames) {
    if (headers[name] === undefined) return errors.malformed(`signed header ${name} is missing`);
  }
  const sdkDate = headers[HUAWEI_HEADER.sdkDate]!.trim();
  const dateMs = parseSdkDate(sdkDate);
  if (dateMs === undefined) return errors.malformed(`X-Sdk-Date must be YYYYMMDDTHHmmssZ, got ${sdkDate}`);

  const secret = lookupSecret(accessKey);
  if (secret === undefined) return errors.unknownKey(accessKey);

  // §4.4 step 6: UNSIGNED-PAYLOAD, or a declared hash that must match the received bytes.
  const bodyHash = sha256Hex(request.body);
  let payloadHash = bodyHash;
  const declared = headers[HUAWEI_HEADER.contentSha256]?.trim();
  if (declared !== undefined && declared !== HUAWEI_UNSIGNED_PAYLOAD) {
    if (!HEX_SHA256.test(declared) || declared !== bodyHash) {
      return errors.malformed("X-Sdk-Content-Sha256 is neither UNSIGNED-PAYLOAD nor the SHA-256 of the body");
    }
  } else if (declared !== undefined) {
    payloadHash = HUAWEI_UNSIGNED_PAYLOAD;
  }

  const { path, rawQuery } = splitUrl(request.url);
  const canonicalRequest = joinCanonicalRequest({
    method: request.method.toUpperCase(),
    canonicalUri: canonicalUriOfReceivedPath(path),
    canonicalQuery: huaweiCanonicalQuery(formPairs(rawQuery)),
    canonicalHeaders: huaweiCanonicalHeaders(headers, signedNames),
    signedHeaders: signedNames.join(";"),
    payloadHash,
  });
  const stringToSign = huaweiStringToSign(sdkDate, canonicalRequest);
  if (!constantTimeEqual(received.toLowerCase(), huaweiSignature(stringToSign, secret))) {
    return errors.badSignature(stringToSign);
  }
  if (Math.abs(nowMs - dateMs) > (options.maxSkewMs ?? DEFAULT_MAX_SKEW_MS)) return errors.expired(sdkDate);

  const result: HuaweiAuthResult = { ok: true, accessKey };
  const projectId = headers[HUAWEI_HEADER.projectId];
  if (projectId !== undefined) result.projectId = projectId.trim();
  const token = headers[HUAWEI_HEADER.securityToken];
  if (token !== undefined) result.securityToken = token.trim();
  return result;
}
