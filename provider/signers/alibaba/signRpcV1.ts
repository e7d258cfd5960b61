/**
 * Alibaba RPC signature v1, HMAC-SHA1 (spec/signing.md §2). Pure: time and nonce come in `stamp`.
 *
 * Wire shape: GET (or `placement: "query"`) sends every parameter and `Signature` in the query string;
 * POST with `placement: "body"` sends the common parameters and `Signature` in the query and the business
 * parameters as a form body, like openapi-client's v1 mode (§2.4). Both halves are signed together.
 */
import { FORM_CONTENT_TYPE, RPC_FORMAT, RPC_PARAM, RPC_SIGNATURE_METHOD, RPC_SIGNATURE_VERSION } from "../constants";
import { percentEncode } from "../percentEncode";
import { SigningInputError } from "../signingInputError";
import type { AlibabaCredentials, AlibabaSignInput, AlibabaStamp, RpcV1Result } from "../types";
import { encodeEachPair, joinInOrder, joinSorted } from "../encodedPairs";
import { flattenAlibabaParams } from "./flattenAlibabaParams";
import { paramsInBody } from "./paramsInBody";
import { rpcSignature } from "./rpcSignature";
import { rpcStringToSign } from "./rpcStringToSign";

const COMMON_NAMES: ReadonlySet<string> = new Set(Object.values(RPC_PARAM));

/** The common parameters of §2.1 (`Signature` excluded: it is the result). */
export function rpcCommonParams(
  input: Pick<AlibabaSignInput, "action" | "version">,
  credentials: AlibabaCredentials,
  stamp: AlibabaStamp,
): Array<[string, string]> {
  const common: Array<[string, string]> = [
    [RPC_PARAM.accessKeyId, credentials.accessKeyId],
    [RPC_PARAM.action, input.action],
    [RPC_PARAM.format, RPC_FORMAT],
    [RPC_PARAM.signatureMethod, RPC_SIGNATURE_METHOD],
    [RPC_PARAM.signatureNonce, stamp.nonce],
    [RPC_PARAM.signatureVersion, RPC_SIGNATURE_VERSION],
    [RPC_PARAM.timestamp, stamp.timestamp],
    [RPC_PARAM.version, input.version],
  ];
  // STS: SecurityToken is one more signed common parameter (§2.1).
  if (credentials.securityToken) common.push([RPC_PARAM.securityToken, credentials.securityToken]);
  return common;
}

export function signRpcV1(
  input: AlibabaSignInput,
  credentials: AlibabaCredentials,
  stamp: AlibabaStamp,
): RpcV1Result {
  const business = flattenAlibabaParams(input.params);
  for (const [name] of business) {
    if (COMMON_NAMES.has(name)) {
      throw new SigningInputError("ReservedName", `"${name}" is a common RPC parameter set by the signer`);
    }
  }
  const inBody = paramsInBody(input, business.length);
  // Each pair is encoded once and reused for the canonical string, the query and the body; the
  // canonical string is exactly rpcCanonicalQuery(common ∪ business) (same encodedPairs steps).
  const common = encodeEachPair(rpcCommonParams(input, credentials, stamp));
  const encodedBusiness = encodeEachPair(business);
  const canonicalQuery = joinSorted(common.concat(encodedBusiness));
  const stringToSign = rpcStringToSign(input.method, canonicalQuery);
  const signature = rpcSignature(stringToSign, credentials.accessKeySecret);
  const signatureParam = "&" + RPC_PARAM.signature + "=" + percentEncode(signature);

  const headers: Record<string, string> = {
    host: input.host,
    // Not signed in v1 (§2.4), but both SDKs send them and gateways route on them.
    "x-acs-action": input.action,
    "x-acs-version": input.version,
  };
  if (!inBody || business.length === 0) {
    // Everything in the query: the canonical string itself plus Signature (pop-core GET, §2.4).
    return { method: input.method, path: "/?" + canonicalQuery + signatureParam, headers, canonicalQuery, stringToSign, signature };
  }
  headers["content-type"] = FORM_CONTENT_TYPE;
  return {
    method: input.method,
    path: "/?" + joinSorted(common) + signatureParam,
    headers,
    body: joinInOrder(encodedBusiness),
    canonicalQuery,
    stringToSign,
    signature,
  };
}
