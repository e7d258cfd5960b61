/**
 * A JSON boolean, or `"true"`/`"false"`: both Huawei services print some booleans as strings
 * (spec/cdm.md §7 GAP-18, spec/dli.md §0.3). Anything else is rejected.
 */
import { z } from "zod";

export const wireBoolean = z.union([
  z.boolean(),
  z.enum(["true", "false"]).transform((value) => value === "true"),
]);
