/**
 * Huawei CanonicalHeaders (spec/signing.md §4.2 step 3, §4.4 step 5): `name:value\n` for each signed
 * header, names lower-case and sorted in code-unit order (the SDK's `localeCompare` is a quirk, §4.5),
 * values trimmed (the SDK signs them untrimmed but sends them trimmed, §4.5).
 */
import { compareCodeUnits } from "../compareCodeUnits";

export function huaweiCanonicalHeaders(
  headers: Readonly<Record<string, string>>,
  names: readonly string[],
): string {
  let out = "";
  for (const name of [...names].sort(compareCodeUnits)) {
    out += name + ":" + (headers[name] ?? "").trim() + "\n";
  }
  return out;
}
