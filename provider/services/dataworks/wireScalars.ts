/**
 * Zod schemas for the scalar shapes DataWorks puts on the wire, including the documented quirks
 * (numbers or booleans printed as strings, lists printed as single objects). Each quirk is accepted
 * only where the spec documents it; everything else is rejected so that a changed API fails loudly
 * at decode time instead of producing wrong state.
 */
import { z } from "zod";

/**
 * A `Long` ID. JSON numbers above 2^53 have already lost precision when the body is parsed, so an
 * unsafe integer is rejected rather than silently rounded (spec/dataworks.md §0.7: the documented
 * IDs are all below 2^53).
 */
export const wireLong = z
  .number()
  .refine(Number.isSafeInteger, { error: "expected a Long below 2^53 (a safe integer)" });

/** A `Long` that some examples print as a numeric string (e.g. GetBusiness `ProjectId`, §3.4.3). */
export const wireLongOrNumericString = z.union([
  wireLong,
  z
    .string()
    .regex(/^-?\d+$/, { error: "expected a numeric string" })
    .transform(Number)
    .pipe(wireLong),
]);

/** An `Integer` field. */
export const wireInt = z.number().int();

/** Chapter-4 timestamps are epoch milliseconds as Long (§1.6). */
export const epochMillis = wireLong;

/** Tenant-API timestamps are display strings such as `Mar 17, 2021 4:09:32 PM` (§1.6). */
export const displayTime = z.string();

/**
 * `HttpStatusCode`: an Integer in most tables, a String in the tenant tables, and `"200"` in the
 * UpdateBusiness example; the client must accept both forms (§1.6). Normalised to a number.
 */
export const httpStatusCode = z.union([
  z.number().int().min(100).max(599),
  z
    .string()
    .regex(/^[1-5]\d\d$/, { error: "expected an HTTP status code" })
    .transform(Number),
]);

/**
 * `Success` of a successful answer: `true`, or `"true"` as printed in the UpdateBusiness example
 * (§1.6). `false` never reaches the decoder (the client turns it into a CloudError), so it is
 * rejected here as well.
 */
export const successTrue = z.union([
  z.literal(true),
  z.literal("true").transform((): true => true),
]);

/** A String field whose example prints a number (e.g. ListFiles `LastEditUser`, §3.1.5). */
export const stringOrNumber = z.union([z.string(), wireLong.transform(String)]);

/** An optional field: absent and `null` both read as `undefined`. */
export function optional<S extends z.ZodType>(schema: S) {
  return schema.nullish().transform((value) => value ?? undefined);
}

/**
 * An `Array of …` field. The seed examples print such lists as a single object (§0.2); real
 * answers use arrays. Both are accepted and normalised to an array.
 */
export function arrayOf<S extends z.ZodType>(item: S) {
  return z.union([z.array(item), item.transform((single) => [single])]);
}

/** A String field carrying JSON text of an object (e.g. data source `Content`, §2.7.2). */
export const jsonObjectText = z.string().transform((text, ctx): Record<string, unknown> => {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // Falls through to the issue below.
  }
  ctx.addIssue({ code: "custom", message: "expected JSON text of an object" });
  return z.NEVER;
});
