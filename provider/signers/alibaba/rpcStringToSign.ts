/** RPC v1 StringToSign = `METHOD&%2F&PE(canonical query)` (spec/signing.md §2.3 step 4). */

export function rpcStringToSign(method: string, canonicalQuery: string): string {
  // The canonical query is PE output joined by "=" and "&": it holds only A–Z a–z 0–9 - _ . ~ % = &,
  // for which encodeURIComponent *is* PE (it differs only on ! ' ( ) *), without the extra pass.
  return method + "&%2F&" + encodeURIComponent(canonicalQuery);
}
