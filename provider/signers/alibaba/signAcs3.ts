/**
 * Alibaba signature V3, ACS3-HMAC-SHA256 (spec/signing.md §3). Pure: time and nonce come in `stamp`.
 *
 * `signAcs3` is the entry the client uses (business parameters in the query or as a form body);
 * `signAcs3Request` signs an already-shaped request (query pairs, exact body text and content type) and
 * is what `signAcs3` composes — the emulator's tests and the vector replays use it for JSON bodies and
 * split query/body requests.
 */
import { ACS3_HEADER, EMPTY_BODY_SHA256, FORM_CONTENT_TYPE } from "../constants";
import { sha256Hex } from "../digests";
import { encodeEachPair, joinInOrder } from "../encodedPairs";
import { SigningInputError } from "../signingInputError";
import type { Acs3Result, AlibabaCredentials, AlibabaSignInput, AlibabaStamp } from "../types";
import { acs3Authorization } from "./acs3Authorization";
import { acs3CanonicalHeaders, acs3SignedHeaderNames } from "./acs3CanonicalHeaders";
import { acs3CanonicalQuery, isAcs3SignableName } from "./acs3CanonicalQuery";
import { canonicalRequest as joinCanonicalRequest } from "../canonicalRequest";
import { acs3CanonicalUri } from "./acs3CanonicalUri";
import { acs3Signature } from "./acs3Signature";
import { acs3StringToSign } from "./acs3StringToSign";
import { flattenAlibabaParams } from "./flattenAlibabaParams";
import { paramsInBody } from "./paramsInBody";

export interface Acs3Request {
  method: string;
  host: string;
  action: string;
  version: string;
  /** Already percent-encoded; "/" for RPC APIs. */
  pathname?: string;
  /** Flattened, decoded query parameters. */
  query?: ReadonlyArray<readonly [string, string]>;
  /** Extra headers (see AlibabaSignInput.headers). */
  headers?: Readonly<Record<string, string>>;
  /** The exact body text and its content type (signed, §3.2). */
  body?: { text: string; contentType: string };
}

const SIGNER_OWNED_HEADERS: ReadonlySet<string> = new Set(Object.values(ACS3_HEADER));

export function signAcs3Request(
  request: Acs3Request,
  credentials: AlibabaCredentials,
  stamp: AlibabaStamp,
): Acs3Result {
  const query = request.query ?? [];
  for (const [name] of query) {
    if (!isAcs3SignableName(name)) {
      throw new SigningInputError(
        "UnsignableParameterName",
        `query parameter name "${name}" would be signed differently by the SDKs and the server (spec/signing.md §3.4)`,
      );
    }
  }
  const headers: Record<string, string> = {};
  if (request.headers) {
    for (const rawName of Object.keys(request.headers)) {
      const name = rawName.toLowerCase();
      if (SIGNER_OWNED_HEADERS.has(name)) {
        throw new SigningInputError("ReservedName", `header "${name}" is set by the signer`);
      }
      // Sent trimmed so that the bytes on the wire equal the signed value (§3.4 step 3).
      headers[name] = request.headers[rawName]!.trim();
    }
  }
  // §3.2: the body hash covers the exact bytes; the empty string's hash when there is no body.
  const payloadHash = request.body ? sha256Hex(request.body.text) : EMPTY_BODY_SHA256;
  // Set in code-unit order, so that without extra headers the signed names come out already sorted.
  if (request.body) headers[ACS3_HEADER.contentType] = request.body.contentType;
  headers[ACS3_HEADER.host] = request.host;
  if (credentials.securityToken) headers[ACS3_HEADER.accessKeyId] = credentials.accessKeyId;
  headers[ACS3_HEADER.action] = request.action;
  headers[ACS3_HEADER.contentSha256] = payloadHash;
  headers[ACS3_HEADER.date] = stamp.timestamp;
  if (credentials.securityToken) headers[ACS3_HEADER.securityToken] = credentials.securityToken;
  headers[ACS3_HEADER.nonce] = stamp.nonce;
  headers[ACS3_HEADER.version] = request.version;

  const signedNames = acs3SignedHeaderNames(headers);
  const signedHeaders = signedNames.join(";");
  const canonicalQuery = acs3CanonicalQuery(query);
  const pathname = request.pathname ?? "/";
  const canonicalRequest = joinCanonicalRequest({
    method: request.method,
    canonicalUri: acs3CanonicalUri(pathname),
    canonicalQuery,
    canonicalHeaders: acs3CanonicalHeaders(headers, signedNames),
    signedHeaders,
    payloadHash,
  });
  const stringToSign = acs3StringToSign(canonicalRequest);
  const signature = acs3Signature(stringToSign, credentials.accessKeySecret);
  const authorization = acs3Authorization(credentials.accessKeyId, signedHeaders, signature);
  headers[ACS3_HEADER.authorization] = authorization;

  const result: Acs3Result = {
    method: request.method,
    // The canonical query is also a valid wire query, and a server decoding it gets the signed pairs.
    path: canonicalQuery === "" ? pathname : pathname + "?" + canonicalQuery,
    headers,
    canonicalRequest,
    stringToSign,
    signature,
    authorization,
  };
  if (request.body) result.body = request.body.text;
  return result;
}

export function signAcs3(
  input: AlibabaSignInput,
  credentials: AlibabaCredentials,
  stamp: AlibabaStamp,
): Acs3Result {
  const params = flattenAlibabaParams(input.params);
  const inBody = paramsInBody(input, params.length);
  const request: Acs3Request = {
    method: input.method,
    host: input.host,
    action: input.action,
    version: input.version,
    pathname: "/",
  };
  if (input.headers) request.headers = input.headers;
  if (!inBody) request.query = params;
  // The generated DataWorks SDK sends form bodies (reqBodyType formData, §3.1); no body when empty.
  else if (params.length > 0) request.body = { text: joinInOrder(encodeEachPair(params)), contentType: FORM_CONTENT_TYPE };
  return signAcs3Request(request, credentials, stamp);
}
