/**
 * Huawei Cloud APIG AK/SK signing, SDK-HMAC-SHA256 (spec/signing.md §4). Pure: the date comes in `stamp`.
 *
 * Every header present at signing time is signed (§4.2 step 3): host, X-Sdk-Date, X-Project-Id (from the
 * credential), X-Security-Token (temporary credentials), content-type and the caller's extra headers.
 * Client rules of §6.4: decoded path segments, exact JSON bytes hashed, `content-type: application/json`
 * exactly for JSON bodies, header values trimmed.
 */
import { HUAWEI_HEADER, JSON_CONTENT_TYPE } from "../constants";
import { compareCodeUnits } from "../compareCodeUnits";
import { SigningInputError } from "../signingInputError";
import type { HuaweiCredentials, HuaweiResult, HuaweiSignInput, HuaweiStamp } from "../types";
import { huaweiAuthorization } from "./huaweiAuthorization";
import { huaweiCanonicalHeaders } from "./huaweiCanonicalHeaders";
import { huaweiCanonicalQuery, huaweiQueryPairs } from "./huaweiCanonicalQuery";
import { canonicalRequest as joinCanonicalRequest } from "../canonicalRequest";
import { huaweiEncodePath } from "./huaweiCanonicalUri";
import { huaweiPayloadHash } from "./huaweiPayloadHash";
import { huaweiSignature } from "./huaweiSignature";
import { huaweiStringToSign } from "./huaweiStringToSign";

const SIGNER_OWNED_HEADERS: ReadonlySet<string> = new Set([
  HUAWEI_HEADER.host,
  HUAWEI_HEADER.sdkDate,
  HUAWEI_HEADER.securityToken,
  HUAWEI_HEADER.authorization,
]);

export function signHuawei(
  input: HuaweiSignInput,
  credentials: HuaweiCredentials,
  stamp: HuaweiStamp,
): HuaweiResult {
  const headers: Record<string, string> = {};
  for (const [rawName, value] of Object.entries(input.headers ?? {})) {
    const name = rawName.toLowerCase();
    if (SIGNER_OWNED_HEADERS.has(name)) {
      throw new SigningInputError("ReservedName", `header "${name}" is set by the signer`);
    }
    headers[name] = value.trim();
  }
  const contentType = headers[HUAWEI_HEADER.contentType];
  if (contentType !== undefined && contentType.includes(JSON_CONTENT_TYPE)) {
    // §4.1: any JSON content type is signed and sent as exactly "application/json"; anything else
    // would make the official SDK (and a gateway following it) treat the payload as unsigned.
    headers[HUAWEI_HEADER.contentType] = JSON_CONTENT_TYPE;
  } else if (contentType === undefined && input.body !== undefined) {
    headers[HUAWEI_HEADER.contentType] = JSON_CONTENT_TYPE;
  }
  headers[HUAWEI_HEADER.host] = input.host;
  headers[HUAWEI_HEADER.sdkDate] = stamp.sdkDate;
  if (credentials.projectId !== undefined) {
    const given = headers[HUAWEI_HEADER.projectId];
    if (given !== undefined && given !== credentials.projectId) {
      throw new SigningInputError("ReservedName", "x-project-id differs from the credential's project id");
    }
    headers[HUAWEI_HEADER.projectId] = credentials.projectId;
  }
  if (credentials.securityToken) headers[HUAWEI_HEADER.securityToken] = credentials.securityToken;

  const signedNames = Object.keys(headers).sort(compareCodeUnits);
  const signedHeaders = signedNames.join(";");
  const queryPairs = huaweiQueryPairs(input.query ?? {});
  const canonicalQuery = huaweiCanonicalQuery(queryPairs);
  // The wire path and the canonical URI share the encoding (huaweiCanonicalUri = this plus "/").
  const path = huaweiEncodePath(input.path);
  const canonicalRequest = joinCanonicalRequest({
    method: input.method,
    canonicalUri: path.endsWith("/") ? path : path + "/",
    canonicalQuery,
    canonicalHeaders: huaweiCanonicalHeaders(headers, signedNames),
    signedHeaders,
    payloadHash: huaweiPayloadHash(headers, input.body),
  });
  const stringToSign = huaweiStringToSign(stamp.sdkDate, canonicalRequest);
  const signature = huaweiSignature(stringToSign, credentials.secretKey);
  const authorization = huaweiAuthorization(credentials.accessKey, signedHeaders, signature);
  headers[HUAWEI_HEADER.authorization] = authorization;

  const result: HuaweiResult = {
    method: input.method,
    path: canonicalQuery === "" ? path : path + "?" + canonicalQuery,
    headers,
    canonicalRequest,
    stringToSign,
    signature,
    authorization,
  };
  if (input.body !== undefined) result.body = input.body;
  return result;
}
