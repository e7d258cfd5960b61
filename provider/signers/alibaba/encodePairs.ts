/**
 * Writes name/value pairs as `PE(name)=PE(value)&…` in the given order: a form body or a query string.
 * PE output is valid `application/x-www-form-urlencoded` (space is `%20`, never `+`), so what we sign
 * and what a server decodes agree byte for byte.
 */
import { percentEncode } from "../percentEncode";

export function encodePairs(pairs: ReadonlyArray<readonly [string, string]>): string {
  // Written straight into one string: no intermediate pair objects, since nothing is sorted here.
  let out = "";
  for (let i = 0; i < pairs.length; i++) {
    const [name, value] = pairs[i]!;
    out += (i === 0 ? "" : "&") + percentEncode(name) + "=" + percentEncode(value);
  }
  return out;
}
