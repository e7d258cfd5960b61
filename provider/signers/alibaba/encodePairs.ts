/**
 * Writes name/value pairs as `PE(name)=PE(value)&…` in the given order: a form body or a query string.
 * PE output is valid `application/x-www-form-urlencoded` (space is `%20`, never `+`), so what we sign
 * and what a server decodes agree byte for byte.
 */
import { percentEncode } from "../percentEncode";

export function encodePairs(pairs: ReadonlyArray<readonly [string, string]>): string {
  let out = "";
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    if (i > 0) out += "&";
    out += percentEncode(pair[0]) + "=" + percentEncode(pair[1]);
  }
  return out;
}
