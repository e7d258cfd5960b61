/**
 * The request signers: Alibaba RPC v1 (HMAC-SHA1), Alibaba ACS3-HMAC-SHA256 and Huawei SDK-HMAC-SHA256
 * (spec/signing.md). Pure functions: they import only node:crypto, take time and nonce as arguments and
 * never mutate their inputs. The named steps are exported for the emulator's verifiers.
 */
export * from "./constants";
export type * from "./types";
export { percentEncode } from "./percentEncode";
export { formatAlibabaTimestamp } from "./formatAlibabaTimestamp";
export { formatSdkDate } from "./formatSdkDate";
export { sha256Hex, hmacSha256Hex, hmacSha1Base64 } from "./digests";
export { compareCodeUnits } from "./compareCodeUnits";
export { SigningInputError, type SigningInputErrorCode } from "./signingInputError";

export { flattenAlibabaParams } from "./alibaba/flattenAlibabaParams";
export { encodeEachPair, joinInOrder, joinSorted, type EncodedPair } from "./encodedPairs";
export { rpcCanonicalQuery } from "./alibaba/rpcCanonicalQuery";
export { rpcStringToSign } from "./alibaba/rpcStringToSign";
export { rpcSignature } from "./alibaba/rpcSignature";
export { signRpcV1, rpcCommonParams } from "./alibaba/signRpcV1";
export { acs3CanonicalUri } from "./alibaba/acs3CanonicalUri";
export { acs3CanonicalQuery, isAcs3SignableName } from "./alibaba/acs3CanonicalQuery";
export { acs3CanonicalHeaders, acs3SignedHeaderNames } from "./alibaba/acs3CanonicalHeaders";
export { canonicalRequest } from "./canonicalRequest";
export { acs3StringToSign } from "./alibaba/acs3StringToSign";
export { acs3Signature } from "./alibaba/acs3Signature";
export { acs3Authorization } from "./alibaba/acs3Authorization";
export { signAcs3, signAcs3Request, type Acs3Request } from "./alibaba/signAcs3";

export { huaweiCanonicalUri, huaweiEncodePath } from "./huawei/huaweiCanonicalUri";
export { huaweiCanonicalQuery, huaweiQueryPairs } from "./huawei/huaweiCanonicalQuery";
export { huaweiCanonicalHeaders } from "./huawei/huaweiCanonicalHeaders";
export { huaweiPayloadHash } from "./huawei/huaweiPayloadHash";
export { huaweiStringToSign } from "./huawei/huaweiStringToSign";
export { huaweiSignature } from "./huawei/huaweiSignature";
export { huaweiAuthorization } from "./huawei/huaweiAuthorization";
export { signHuawei } from "./huawei/signHuawei";
