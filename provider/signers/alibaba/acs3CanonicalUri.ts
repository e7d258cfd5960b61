/**
 * ACS3 CanonicalURI (spec/signing.md §3.4 step 1): the path as sent (already percent-encoded by the
 * caller), with `+` → `%20`, `*` → `%2A`, `%7E` → `~` rewritten everywhere — openapi-core's behaviour;
 * openapi-client's first-occurrence-only rewrite is a quirk we do not copy. For RPC the path is "/".
 */
const NEEDS_REWRITE = /[+*]|%7E/;

export function acs3CanonicalUri(encodedPath: string): string {
  if (encodedPath === "") return "/";
  // Nearly every path (all RPC-style calls) needs no rewrite: skip the three passes.
  if (!NEEDS_REWRITE.test(encodedPath)) return encodedPath;
  return encodedPath.replace(/\+/g, "%20").replace(/\*/g, "%2A").replace(/%7E/g, "~");
}
