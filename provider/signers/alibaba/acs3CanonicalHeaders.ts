/**
 * ACS3 CanonicalHeaders and SignedHeaders (spec/signing.md §3.4 steps 3–4). The signer signs exactly
 * `host`, `content-type` and every `x-acs-*` header; a verifier passes the names listed in the request's
 * SignedHeaders instead (§3.5 step 2), so both go through `acs3CanonicalHeaders`.
 */
import { ACS3_HEADER, ACS3_SIGNED_HEADER_PREFIX } from "../constants";
import { compareCodeUnits } from "../compareCodeUnits";

/** The names the signer signs, sorted. `headers` must have lower-case names. */
export function acs3SignedHeaderNames(headers: Readonly<Record<string, string>>): string[] {
  return Object.keys(headers)
    .filter(
      (name) =>
        name === ACS3_HEADER.host ||
        name === ACS3_HEADER.contentType ||
        name.startsWith(ACS3_SIGNED_HEADER_PREFIX),
    )
    .sort(compareCodeUnits);
}

/** `name:trimmed value\n` for each name, in sorted order whatever order `names` has. */
export function acs3CanonicalHeaders(
  headers: Readonly<Record<string, string>>,
  names: readonly string[],
): string {
  let out = "";
  for (const name of [...names].sort(compareCodeUnits)) {
    out += name + ":" + (headers[name] ?? "").trim() + "\n";
  }
  return out;
}
