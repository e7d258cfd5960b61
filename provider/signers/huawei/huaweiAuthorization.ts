/** `SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…` — comma plus space (spec/signing.md §4.2 step 9). */
import { HUAWEI_ALGORITHM } from "../constants";

export function huaweiAuthorization(accessKey: string, signedHeaders: string, signature: string): string {
  return `${HUAWEI_ALGORITHM} Access=${accessKey}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
