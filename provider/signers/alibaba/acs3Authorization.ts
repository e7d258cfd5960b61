/** `ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…` — commas, no spaces (spec/signing.md §3.4 step 9). */
import { ACS3_ALGORITHM } from "../constants";

export function acs3Authorization(accessKeyId: string, signedHeaders: string, signature: string): string {
  return `${ACS3_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
}
