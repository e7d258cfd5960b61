/**
 * Verifies a signed Alibaba (DataWorks) request in either scheme the official runtimes use (spec/signing.md
 * §3.1, §5 #4): ACS3-HMAC-SHA256 when an `Authorization` header is present, RPC v1 otherwise.
 */
import type { AuthRequest } from "./authRequest";
import type { AlibabaAuthResult } from "./authResults";
import type { NonceCache } from "./nonceCache";
import { verifyAcs3 } from "./verifyAcs3";
import { DEFAULT_MAX_SKEW_MS, type VerifyOptions } from "./verifyOptions";
import { verifyRpcV1 } from "./verifyRpcV1";

export function verifyAlibaba(
  request: AuthRequest,
  lookupSecret: (accessKeyId: string) => string | undefined,
  nowMs: number,
  nonces: NonceCache,
  options: VerifyOptions = {},
): AlibabaAuthResult {
  const maxSkewMs = options.maxSkewMs ?? DEFAULT_MAX_SKEW_MS;
  if (request.headers["authorization"] !== undefined) {
    return verifyAcs3(request, lookupSecret, nowMs, nonces, maxSkewMs);
  }
  return verifyRpcV1(request, lookupSecret, nowMs, nonces, maxSkewMs);
}
