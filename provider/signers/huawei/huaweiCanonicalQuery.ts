/**
 * Huawei CanonicalQueryString (spec/signing.md §4.2 step 2, §4.4 step 4): pairs sorted by unencoded name,
 * repeated names by unencoded value (code-unit order, not the order of the encoded forms), each
 * `PE(name)=PE(value)`, joined by `&`; no query → "".
 */
import { encodeEachPair, joinSorted } from "../encodedPairs";

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
  // The same sort and encoding as the Alibaba canonical queries (§2.3 steps 2–3, §3.4 step 2).
  return joinSorted(encodeEachPair(pairs));
}
