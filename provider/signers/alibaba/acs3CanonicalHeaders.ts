/**
 * ACS3 CanonicalHeaders and SignedHeaders (spec/signing.md §3.4 steps 3–4). The signer signs exactly
 * `host`, `content-type` and every `x-acs-*` header; a verifier passes the names listed in the request's
 * SignedHeaders instead (§3.5 step 2), so both go through `acs3CanonicalHeaders`.
 *
 * Sorting uses `Array#sort` without a comparator: for strings that *is* code-unit order
 * (ECMAScript SortCompare), the same order as `compareCodeUnits`, without a call back into JavaScript
 * per comparison.
 */
import { ACS3_HEADER, ACS3_SIGNED_HEADER_PREFIX } from "../constants";

/** A linear check first: the signer inserts its headers in order, and sorting is the costlier step. */
function isSorted(names: readonly string[]): boolean {
  for (let i = 1; i < names.length; i++) if (names[i - 1]! > names[i]!) return false;
  return true;
}

/** The names the signer signs, sorted. `headers` must have lower-case names. */
export function acs3SignedHeaderNames(headers: Readonly<Record<string, string>>): string[] {
  const names: string[] = [];
  for (const name of Object.keys(headers)) {
    if (
      name === ACS3_HEADER.host ||
      name === ACS3_HEADER.contentType ||
      name.startsWith(ACS3_SIGNED_HEADER_PREFIX)
    ) {
      names.push(name);
    }
  }
  return isSorted(names) ? names : names.sort();
}

/** `name:trimmed value\n` for each name, in sorted order whatever order `names` has. */
export function acs3CanonicalHeaders(
  headers: Readonly<Record<string, string>>,
  names: readonly string[],
): string {
  const sorted = isSorted(names) ? names : [...names].sort();
  let out = "";
  for (let i = 0; i < sorted.length; i++) {
    const name = sorted[i]!;
    out += name + ":" + (headers[name] ?? "").trim() + "\n";
  }
  return out;
}
