/** RPC v1 StringToSign = `METHOD&%2F&PE(canonical query)` (spec/signing.md §2.3 step 4). */
import { percentEncode } from "../percentEncode";

export function rpcStringToSign(method: string, canonicalQuery: string): string {
  return method + "&%2F&" + percentEncode(canonicalQuery);
}
