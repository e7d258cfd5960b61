/** ACS3 signature: lower-case hex HMAC-SHA256 keyed with the secret itself, no "&" (spec/signing.md §3.4 step 8). */
import { hmacSha256Hex } from "../digests";

export function acs3Signature(stringToSign: string, accessKeySecret: string): string {
  return hmacSha256Hex(accessKeySecret, stringToSign);
}
