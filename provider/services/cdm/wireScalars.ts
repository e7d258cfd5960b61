/**
 * Lenient readers for the scalar drift CDM answers show (spec/cdm.md §7 GAP-18, GAP-51): Long fields
 * printed as strings (`"creation-date": "1536905778725"`, `"size": "100"`), `"0"`/`"1"` flags, and
 * `actions` as a string where an array is documented. Each reader accepts exactly the documented
 * spellings and rejects anything else, so a body that is really malformed still fails to decode.
 */
import { z } from "zod";

export { compact } from "../compact";
export { wireBoolean } from "../wireBoolean";

/** A JSON number, or a string holding a decimal number (spec/cdm.md §7 GAP-18, GAP-51). */
export const wireNumber = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, { error: "expected a number or a numeric string" })
    .transform(Number),
]);

/** CDM's `isFrozen`: `"0"` no, `"1"` yes (spec/cdm.md §2.3). */
export const wireFlag = z
  .union([z.enum(["0", "1"]), z.literal(0), z.literal(1)])
  .transform((value) => String(value) === "1");

/** `actions` is documented as an array but the examples print one string (spec/cdm.md §2.3, GAP-18). */
export const wireStringList = z
  .union([z.array(z.string()), z.string()])
  .transform((value) => (typeof value === "string" ? (value === "" ? [] : [value]) : value));


/** `null` in list answers means "not given" (spec/cdm.md §2.4): read both as `undefined`. */
export function nullish<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => (value === null ? undefined : value));
}
