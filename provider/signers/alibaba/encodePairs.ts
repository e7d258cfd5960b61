/**
 * Writes name/value pairs as `PE(name)=PE(value)&…` in the given order: a form body or a query string.
 * PE output is valid `application/x-www-form-urlencoded` (space is `%20`, never `+`), so what we sign
 * and what a server decodes agree byte for byte.
 */
import { encodeEachPair, joinInOrder } from "./encodedPairs";

export function encodePairs(pairs: ReadonlyArray<readonly [string, string]>): string {
  return joinInOrder(encodeEachPair(pairs));
}
