/**
 * Huawei API gateway authentication errors. The seeds record none (spec/cdm.md §1.7, §7 GAP-5); the
 * spec's decision is HTTP 401 `APIG.0301` "Incorrect IAM authentication information" for every AK/SK
 * failure (spec/cdm.md Appendix D), which is also what the public APIG error table lists, with the
 * cause after a colon as the real gateway writes it. Bodies over the AK/SK limit get 413 `APIG.0201`
 * "Request entity too large" (public APIG table; limit from seed 003/004 §3.2, spec/signing.md §4.4).
 * DLI answers auth failures as `DLI.0013` (spec/dli.md §1.4.3): the core maps by `reason` if it wants.
 */
import type { AuthFailure, AuthFailureReason } from "./authResults";

const IAM = "Incorrect IAM authentication information";

function unauthorized(detail: string, reason: AuthFailureReason): AuthFailure {
  return { ok: false, status: 401, code: "APIG.0301", message: `${IAM}: ${detail}`, reason };
}

export const huaweiGatewayErrors = {
  missingAuthorization: () => unauthorized("the request carries no Authorization header", "missing"),
  malformed: (detail: string) => unauthorized(detail, "malformed"),
  unknownKey: (accessKey: string) =>
    unauthorized(`Get secretKey failed,ak:${accessKey},err:ak not exist`, "unknownKey"),
  badSignature: (stringToSign: string) =>
    unauthorized(`verify aksk signature fail, string to sign: ${JSON.stringify(stringToSign)}`, "badSignature"),
  expired: (sdkDate: string) =>
    unauthorized(`X-Sdk-Date ${sdkDate} is more than 15 minutes from the server time (signature expired)`, "expired"),
  tooLarge: (maxBodyBytes: number): AuthFailure => ({
    ok: false,
    status: 413,
    code: "APIG.0201",
    message: `Request entity too large. AK/SK-signed bodies are limited to ${maxBodyBytes} bytes; use token authentication.`,
    reason: "tooLarge",
  }),
};
