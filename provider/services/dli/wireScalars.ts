/**
 * Lenient readers for the scalar drift DLI answers show (spec/dli.md §0.3): booleans printed as
 * `"true"`/`"false"` (`"is_success": "true"`, `"is_restarting": "false"`) and ids typed String but
 * printed as numbers (`plan_id`, §3.5). Each reader accepts exactly those spellings and rejects
 * anything else.
 */
import { z } from "zod";

export { compact } from "../compact";
export { wireBoolean } from "../wireBoolean";

/** A JSON number, or a string holding an integer. */
export const wireNumber = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+$/, { error: "expected a number or a numeric string" })
    .transform(Number),
]);

/** A list sent either as an array or as one comma-separated string (`labels`, `partition_columns`). */
export const wireStringList = z
  .union([z.array(z.string()), z.string()])
  .transform((value) =>
    typeof value === "string"
      ? value
          .split(",")
          .map((item) => item.trim())
          .filter((item) => item !== "")
      : value,
  );

