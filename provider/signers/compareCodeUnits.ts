/**
 * "Code-unit order" of spec/signing.md: plain ordinal comparison of the unencoded strings (JavaScript's
 * default sort), never `localeCompare` (the Huawei SDK's header-sort quirk, §4.5).
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
