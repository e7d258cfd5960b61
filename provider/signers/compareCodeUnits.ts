/**
 * "Code-unit order" of spec/signing.md: plain ordinal comparison of the unencoded strings (JavaScript's
 * default sort), never `localeCompare` (the Huawei SDK's header-sort quirk, §4.5).
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts name/value pairs by name, then by value (for repeated names), without touching the input. */
export function sortPairs(pairs: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  return pairs
    .map((p): [string, string] => [p[0], p[1]])
    .sort((x, y) => compareCodeUnits(x[0], y[0]) || compareCodeUnits(x[1], y[1]));
}
