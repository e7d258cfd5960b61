/** Huawei CanonicalRequest (spec/signing.md §4.2 step 6); an empty line precedes SignedHeaders. */
export function huaweiCanonicalRequest(parts: {
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
