/**
 * Name/value pairs percent-encoded once and then joined in whatever order a step needs: sorted for the
 * canonical query of all three schemes (spec/signing.md §2.3 steps 2–3, §3.4 step 2, §4.2 step 2),
 * insertion order for a form body (PE output is valid `application/x-www-form-urlencoded`: space is
 * `%20`, never `+`, so what we sign and what a server decodes agree). The RPC v1 signer writes the same
 * pairs into the canonical string, the query and the body, so encoding each pair once is most of its
 * cost saving.
 */
import { compareCodeUnits } from "./compareCodeUnits";
import { percentEncode } from "./percentEncode";

export interface EncodedPair {
  /** Unencoded name and value: the sort keys (code-unit order of the unencoded text). */
  readonly name: string;
  readonly value: string;
  /** `PE(name)=PE(value)` */
  readonly text: string;
}

export function encodeEachPair(pairs: ReadonlyArray<readonly [string, string]>): EncodedPair[] {
  const out: EncodedPair[] = new Array<EncodedPair>(pairs.length);
  for (let i = 0; i < pairs.length; i++) {
    const [name, value] = pairs[i]!;
    out[i] = { name, value, text: percentEncode(name) + "=" + percentEncode(value) };
  }
  return out;
}

function byNameThenValue(a: EncodedPair, b: EncodedPair): number {
  return compareCodeUnits(a.name, b.name) || compareCodeUnits(a.value, b.value);
}

/** Sorted by unencoded name, then value; joined by `&`. Does not reorder `pairs`. */
export function joinSorted(pairs: readonly EncodedPair[]): string {
  return joinInOrder([...pairs].sort(byNameThenValue));
}

export function joinInOrder(pairs: readonly EncodedPair[]): string {
  let out = "";
  for (let i = 0; i < pairs.length; i++) out += (i === 0 ? "" : "&") + pairs[i]!.text;
  return out;
}
