/** Huawei signature: lower-case hex HMAC-SHA256 keyed with the SK as given (spec/signing.md §4.2 step 8). */
import { hmacSha256Hex } from "../digests";

export function huaweiSignature(stringToSign: string, secretKey: string): string {
  return hmacSha256Hex(secretKey, stringToSign);
}
