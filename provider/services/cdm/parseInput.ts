/** CDM input validation: the shared Huawei check with `service: "cdm"` (see parseHuaweiInput). */
import type { z } from "zod";
import { parseHuaweiInput } from "../parseHuaweiInput";

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, action: string): z.output<S> {
  return parseHuaweiInput("cdm", schema, value, action);
}
