/**
 * ACS3 CanonicalRequest (spec/signing.md §3.4 step 6). CanonicalHeaders ends in "\n", hence the empty
 * line before SignedHeaders.
 */
export function acs3CanonicalRequest(parts: {
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
