/** ACS3 StringToSign = `ACS3-HMAC-SHA256\n` + hex(SHA-256(CanonicalRequest)) (spec/signing.md §3.4 step 7). */
import { ACS3_ALGORITHM } from "../constants";
import { sha256Hex } from "../digests";

export function acs3StringToSign(canonicalRequest: string): string {
  return ACS3_ALGORITHM + "\n" + sha256Hex(canonicalRequest);
}
