/**
 * Huawei CanonicalQueryString (spec/signing.md §4.2 step 2, §4.4 step 4): pairs sorted by unencoded name,
 * repeated names by unencoded value (code-unit order, not the order of the encoded forms), each
 * `PE(name)=PE(value)`, joined by `&`; no query → "".
 */
import { sortPairs } from "../compareCodeUnits";
import { percentEncode } from "../percentEncode";

/** One pair per value; array values give one pair per element (§4.2 step 2). */
export function huaweiQueryPairs(
  query: Readonly<Record<string, string | readonly string[]>>,
): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const name of Object.keys(query)) {
    const value = query[name]!;
    if (typeof value === "string") pairs.push([name, value]);
    else for (const item of value) pairs.push([name, item]);
  }
  return pairs;
}

export function huaweiCanonicalQuery(pairs: ReadonlyArray<readonly [string, string]>): string {
  const sorted = sortPairs(pairs);
  let out = "";
  for (let i = 0; i < sorted.length; i++) {
    const pair = sorted[i]!;
    if (i > 0) out += "&";
    out += percentEncode(pair[0]) + "=" + percentEncode(pair[1]);
  }
  return out;
}
