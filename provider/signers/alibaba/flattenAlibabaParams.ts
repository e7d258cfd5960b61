/**
 * Alibaba parameter flattening (spec/signing.md §2.2, §3.3): arrays become `Name.1 … Name.N` (1-based),
 * arrays of objects `Name.N.Field`, nested objects `Name.Sub`; numbers and booleans become their text;
 * null/undefined are dropped (openapi-client behaviour; pop-core's `undefined` / `[object Object]` quirk is
 * deliberately not reproduced). Order: depth-first in insertion order (the order the SDK writes bodies in).
 */
import type { AlibabaParamValue } from "../types";

function flattenInto(out: Array<[string, string]>, name: string, value: AlibabaParamValue): void {
  if (value === null || value === undefined) return;
  if (typeof value === "string") {
    out.push([name, value]);
  } else if (typeof value === "number" || typeof value === "boolean") {
    out.push([name, String(value)]);
  } else if (Array.isArray(value)) {
    const list = value as readonly AlibabaParamValue[];
    // A null element is skipped but keeps its index, as the SDK does.
    for (let i = 0; i < list.length; i++) flattenInto(out, `${name}.${i + 1}`, list[i]);
  } else {
    const record = value as { readonly [k: string]: AlibabaParamValue };
    for (const key of Object.keys(record)) flattenInto(out, `${name}.${key}`, record[key]);
  }
}

export function flattenAlibabaParams(
  params: Readonly<Record<string, AlibabaParamValue>>,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const key of Object.keys(params)) flattenInto(out, key, params[key]);
  return out;
}
