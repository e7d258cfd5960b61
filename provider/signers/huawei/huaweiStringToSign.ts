/** Huawei StringToSign = `SDK-HMAC-SHA256\n<X-Sdk-Date>\nhex(SHA-256(CanonicalRequest))` (spec/signing.md §4.2 step 7). */
import { HUAWEI_ALGORITHM } from "../constants";
import { sha256Hex } from "../digests";

export function huaweiStringToSign(sdkDate: string, canonicalRequest: string): string {
  return HUAWEI_ALGORITHM + "\n" + sdkDate + "\n" + sha256Hex(canonicalRequest);
}
