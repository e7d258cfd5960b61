/**
 * The CanonicalRequest both ACS3 (spec/signing.md §3.4 step 6) and Huawei SDK-HMAC-SHA256
 * (§4.2 step 6) define the same way: six parts joined by "\n". CanonicalHeaders already ends in
 * "\n", hence the empty line before SignedHeaders.
 */
export function canonicalRequest(parts: {
  method: string;
  canonicalUri: string;
  canonicalQuery: string;
  canonicalHeaders: string;
  signedHeaders: string;
  payloadHash: string;
}): string {
  return (
    parts.method +
    "\n" +
    parts.canonicalUri +
    "\n" +
    parts.canonicalQuery +
    "\n" +
    parts.canonicalHeaders +
    "\n" +
    parts.signedHeaders +
    "\n" +
    parts.payloadHash
  );
}
