/** Results of the signature verifiers; the emulator core writes failures in the cloud's error shape. */

/** Why a request was refused, independent of the cloud's code (lets a service pick its own body). */
export type AuthFailureReason =
  | "missing" // no credentials / a required parameter or header is absent
  | "malformed" // unsupported algorithm, malformed Authorization, bad date format, duplicate parameter
  | "unknownKey"
  | "badSignature"
  | "expired" // timestamp outside the clock-skew window
  | "nonceReused"
  | "tooLarge"; // body over the AK/SK limit (Huawei)

export interface AuthFailure {
  ok: false;
  status: number;
  code: string;
  message: string;
  reason: AuthFailureReason;
}

export interface AlibabaAuthSuccess {
  ok: true;
  scheme: "rpc-v1" | "acs3";
  accessKeyId: string;
  action: string;
  version: string;
  /** Query and form-body parameters merged and decoded (common parameters included, Signature excluded). */
  params: Record<string, string>;
  /** STS token the caller sent (SecurityToken / x-acs-security-token), not validated. */
  securityToken?: string;
}

export interface AlibabaAuthFailure extends AuthFailure {
  /** The action the request named, when it named one (for the request log). */
  action?: string;
}

export type AlibabaAuthResult = AlibabaAuthSuccess | AlibabaAuthFailure;

export interface HuaweiAuthSuccess {
  ok: true;
  accessKey: string;
  /** From X-Project-Id, when sent. */
  projectId?: string;
  /** From X-Security-Token, when sent (temporary credentials), not validated. */
  securityToken?: string;
}

export type HuaweiAuthResult = HuaweiAuthSuccess | AuthFailure;
