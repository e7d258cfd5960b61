/**
 * RPC v1 canonicalized query string (spec/signing.md §2.3 steps 2–3): every parameter except
 * `Signature`, sorted by unencoded name in code-unit order (then by value), written `PE(name)=PE(value)`.
 */
import { encodeEachPair, joinSorted } from "../encodedPairs";

export function rpcCanonicalQuery(params: ReadonlyArray<readonly [string, string]>): string {
  return joinSorted(encodeEachPair(params));
}
