import type { EmulatorError } from "../../types";
import { invalidParam, invalidParameter, missingParameter } from "./errors";

/**
 * Declarative validation of the flat string parameters of one action. Each action describes its
 * request table (spec/dataworks.md §3) once as a `ParamSpecs` object; `parseParams` checks it and
 * returns typed values, whose TypeScript type is derived from that same description.
 *
 * Failure codes: an absent required parameter → `MissingParameter`; a value of the wrong type
 * (Long/Integer/Boolean that does not parse) → `InvalidParameter` (the API gateway's checks, §1.7);
 * an enum, range or length violation → `Invalid.Param` (§4.10). An action may replace the missing
 * factory (UpdateDataSource documents `Required.Parameter.Empty`, §3.5.2).
 */

export type ParamSpec =
  | {
      readonly type: "string";
      readonly required?: boolean;
      readonly maxLength?: number;
      readonly oneOf?: readonly string[];
    }
  | {
      readonly type: "long" | "integer";
      readonly required?: boolean;
      readonly min?: number;
      readonly max?: number;
      readonly oneOf?: readonly number[];
    }
  | { readonly type: "boolean"; readonly required?: boolean };

export type ParamSpecs = Readonly<Record<string, ParamSpec>>;

type ValueOf<S> = S extends { type: "string"; oneOf: readonly (infer E)[] }
  ? E
  : S extends { type: "string" }
    ? string
    : S extends { type: "long" | "integer" }
      ? number
      : boolean;

export type ParsedParams<T extends ParamSpecs> = {
  -readonly [K in keyof T]: T[K] extends { required: true }
    ? ValueOf<T[K]>
    : ValueOf<T[K]> | undefined;
};

export interface ParseOptions {
  readonly missing?: (name: string) => EmulatorError;
}

const INTEGER_MIN = -2_147_483_648;
const INTEGER_MAX = 2_147_483_647;

export function parseParams<const T extends ParamSpecs>(
  params: Readonly<Record<string, string>>,
  specs: T,
  options: ParseOptions = {},
): ParsedParams<T> {
  const missing = options.missing ?? missingParameter;
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const raw = params[name];
    // An empty value counts as absent: the gateway rejects `Name=` for a mandatory parameter.
    if (raw === undefined || (raw === "" && (spec.required === true || spec.type !== "string"))) {
      if (spec.required === true) throw missing(name);
      out[name] = undefined;
      continue;
    }
    out[name] = parseOne(name, raw, spec);
  }
  return out as ParsedParams<T>;
}

function parseOne(name: string, raw: string, spec: ParamSpec): string | number | boolean {
  switch (spec.type) {
    case "string": {
      if (spec.maxLength !== undefined && [...raw].length > spec.maxLength) {
        throw invalidParam(`${name} must be at most ${spec.maxLength} characters`);
      }
      if (spec.oneOf !== undefined && !spec.oneOf.includes(raw)) {
        throw invalidParam(`${name} must be one of ${spec.oneOf.join(", ")}`);
      }
      return raw;
    }
    case "long":
    case "integer": {
      const value = /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
      const fits =
        spec.type === "long"
          ? Number.isSafeInteger(value)
          : Number.isInteger(value) && value >= INTEGER_MIN && value <= INTEGER_MAX;
      if (!fits) throw invalidParameter(name, raw);
      if (spec.min !== undefined && value < spec.min)
        throw invalidParam(`${name} must be at least ${spec.min}`);
      if (spec.max !== undefined && value > spec.max)
        throw invalidParam(`${name} must be at most ${spec.max}`);
      if (spec.oneOf !== undefined && !spec.oneOf.includes(value)) {
        throw invalidParam(`${name} must be one of ${spec.oneOf.join(", ")}`);
      }
      return value;
    }
    case "boolean": {
      const lower = raw.trim().toLowerCase();
      if (lower !== "true" && lower !== "false") throw invalidParameter(name, raw);
      return lower === "true";
    }
  }
}

/** "one-of(A, B)" of spec §0.1: at least one of the named parameters must be present. */
export function requireOneOf(
  params: Readonly<Record<string, string>>,
  names: readonly string[],
): void {
  if (names.some((n) => params[n] !== undefined && params[n] !== "")) return;
  throw missingParameter(names.join(" or "));
}

/** A comma-separated list parameter (`InputList`, `FileTypes`, …), trimmed, empty items dropped. */
export function splitList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
