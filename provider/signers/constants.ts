/**
 * Wire literals of the three signing schemes (spec/signing.md §2–§4). Nothing else lives here.
 */

/** SHA-256 of the empty string: the payload hash of a request without a body (§3.2, §4.2 step 5). */
export const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

export const FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";
export const JSON_CONTENT_TYPE = "application/json";

// ---- Alibaba RPC v1 (spec/signing.md §2) ----
export const RPC_SIGNATURE_METHOD = "HMAC-SHA1";
export const RPC_SIGNATURE_VERSION = "1.0";
/** pop-core sends `JSON`, openapi-client `json`; the value is signed as sent (§2.1). */
export const RPC_FORMAT = "JSON";
export const RPC_PARAM = {
  action: "Action",
  version: "Version",
  format: "Format",
  accessKeyId: "AccessKeyId",
  signatureMethod: "SignatureMethod",
  signatureVersion: "SignatureVersion",
  signatureNonce: "SignatureNonce",
  timestamp: "Timestamp",
  securityToken: "SecurityToken",
  signature: "Signature",
} as const;

// ---- Alibaba ACS3-HMAC-SHA256 (spec/signing.md §3) ----
export const ACS3_ALGORITHM = "ACS3-HMAC-SHA256";
export const ACS3_HEADER = {
  host: "host",
  contentType: "content-type",
  action: "x-acs-action",
  version: "x-acs-version",
  date: "x-acs-date",
  nonce: "x-acs-signature-nonce",
  contentSha256: "x-acs-content-sha256",
  securityToken: "x-acs-security-token",
  accessKeyId: "x-acs-accesskey-id",
  authorization: "authorization",
} as const;
/** Every header with this prefix is signed (§3.4 step 3). */
export const ACS3_SIGNED_HEADER_PREFIX = "x-acs-";

// ---- Huawei SDK-HMAC-SHA256 (spec/signing.md §4) ----
export const HUAWEI_ALGORITHM = "SDK-HMAC-SHA256";
export const HUAWEI_HEADER = {
  host: "host",
  contentType: "content-type",
  sdkDate: "x-sdk-date",
  projectId: "x-project-id",
  securityToken: "x-security-token",
  contentSha256: "x-sdk-content-sha256",
  authorization: "authorization",
} as const;
/** The literal that replaces the body hash when `X-Sdk-Content-Sha256` says so (§4.3). */
export const HUAWEI_UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
