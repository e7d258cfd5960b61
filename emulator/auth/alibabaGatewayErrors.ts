/**
 * The Alibaba API gateway's authentication errors (spec/signing.md §2.5 step 4: commonly observed codes
 * [doc]; statuses as the gateway answers them; spec/dataworks.md §1.7 gives the body shape the core
 * writes). Messages follow the gateway's wording.
 */
import type { AlibabaAuthFailure, AuthFailureReason } from "./authResults";

function failure(
  status: number,
  code: string,
  message: string,
  reason: AuthFailureReason,
  action: string | undefined,
): AlibabaAuthFailure {
  const result: AlibabaAuthFailure = { ok: false, status, code, message, reason };
  if (action !== undefined) result.action = action;
  return result;
}

export const alibabaGatewayErrors = {
  missingParameter: (name: string, action?: string) =>
    failure(
      400,
      "MissingParameter",
      `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
      "missing",
      action,
    ),
  invalidParameter: (name: string, why: string, action?: string) =>
    failure(400, "InvalidParameter", `The specified parameter "${name}" is not valid: ${why}`, "malformed", action),
  /** Unsupported algorithm / method / version, malformed Authorization, unsigned required headers. */
  incompleteSignature: (why: string, action?: string) =>
    failure(
      400,
      "IncompleteSignature",
      `The request signature does not conform to Aliyun standards: ${why}`,
      "malformed",
      action,
    ),
  timestampFormat: (value: string, action?: string) =>
    failure(
      400,
      "InvalidTimeStamp.Format",
      `Specified time stamp or date value is not well formatted: ${value}`,
      "malformed",
      action,
    ),
  timestampExpired: (value: string, action?: string) =>
    failure(400, "InvalidTimeStamp.Expired", `Specified time stamp or date value is expired: ${value}`, "expired", action),
  accessKeyNotFound: (action?: string) =>
    failure(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.", "unknownKey", action),
  /** Like the gateway, names the string to sign it computed so a client author can compare. */
  signatureMismatch: (stringToSign: string, action?: string) =>
    failure(
      400,
      "SignatureDoesNotMatch",
      `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
      "badSignature",
      action,
    ),
  bodyHashMismatch: (action?: string) =>
    failure(
      400,
      "SignatureDoesNotMatch",
      "Specified signature is not matched with our calculation: x-acs-content-sha256 is not the SHA-256 of the request body.",
      "badSignature",
      action,
    ),
  nonceUsed: (action?: string) =>
    failure(400, "SignatureNonceUsed", "Specified signature nonce was used already.", "nonceReused", action),
};
