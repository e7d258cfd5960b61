/** RPC v1 signature = Base64(HMAC-SHA1(secret + "&", StringToSign)) (spec/signing.md §2.3 steps 5–6). */
import { hmacSha1Base64 } from "../digests";

export function rpcSignature(stringToSign: string, accessKeySecret: string): string {
  // The key is the secret followed by one "&", also for STS secrets (§2.3 step 5).
  return hmacSha1Base64(accessKeySecret + "&", stringToSign);
}
