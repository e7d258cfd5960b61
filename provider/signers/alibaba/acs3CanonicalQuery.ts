/**
 * ACS3 CanonicalQueryString (spec/signing.md §3.4 step 2, §3.5 step 4): decoded pairs sorted by name
 * (code-unit order, then value), each `PE(name)=PE(value)`, joined by `&`; no query → "".
 * Names are encoded too (Alibaba's documentation; the SDKs skip it, §5 #1) — identical for every name
 * `isAcs3SignableName` accepts, which is why the signer refuses the others.
 */
import { encodeEachPair, joinSorted } from "../encodedPairs";

const SIGNABLE_NAME = /^[A-Za-z0-9\-_.~]+$/;

/** True when the SDKs' unencoded name and the documented encoded name are the same text. */
export function isAcs3SignableName(name: string): boolean {
  return SIGNABLE_NAME.test(name);
}

export function acs3CanonicalQuery(pairs: ReadonlyArray<readonly [string, string]>): string {
  // Every POST with a form body and every call without parameters has no query at all.
  if (pairs.length === 0) return "";
  return joinSorted(encodeEachPair(pairs));
}
