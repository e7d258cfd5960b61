/**
 * Signature verification for the emulator core: pure functions over the request as received, reusing
 * the named canonicalisation steps of provider/signers (spec/signing.md §2.5, §3.5, §4.4).
 */
export { verifyAlibaba } from "./verifyAlibaba";
export { verifyHuawei, HUAWEI_MAX_SIGNED_BODY_BYTES, type HuaweiVerifyOptions } from "./verifyHuawei";
export { NonceCache, NONCE_WINDOW_MS } from "./nonceCache";
export { DEFAULT_MAX_SKEW_MS, type VerifyOptions } from "./verifyOptions";
export type { AuthRequest } from "./authRequest";
export type {
  AlibabaAuthFailure,
  AlibabaAuthResult,
  AlibabaAuthSuccess,
  AuthFailure,
  AuthFailureReason,
  HuaweiAuthResult,
  HuaweiAuthSuccess,
} from "./authResults";
