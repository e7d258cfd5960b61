/**
 * The `{is_success, message, …payload}` envelope of DLI's `/v1.0` and `/v1` APIs (spec/dli.md §1.6).
 * The client turns `is_success: false` into a CloudError before decoding, so a body reaching these
 * schemas must not say false; `"true"` is accepted (§0.3). Every response field is optional per the
 * seed (§0.1); payload fields an operation needs to produce its result are required by its schema.
 */
import { z } from "zod";

const success = z.union([z.literal(true), z.literal("true")], {
  error: "is_success must be true (a false envelope is an error answer)",
});

export function envelope<S extends z.ZodRawShape>(shape: S) {
  return z.object({ is_success: success.optional(), message: z.string().optional(), ...shape });
}

/** An answer carrying nothing but the envelope. */
export const EmptyEnvelopeSchema: z.ZodType<void> = envelope({}).transform(() => undefined);
