import type { z } from "zod";
import type { CdmErrorShape } from "./errors";
import { illegalParameter } from "./errors";

/** Validates a request body; any mismatch is `Cdm.0014` illegal parameter (spec/cdm.md §5.1). */
export function parseBody<T extends z.ZodType>(
  schema: T,
  body: unknown,
  shape: CdmErrorShape = "short",
): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? "body" : issue.path.join(".");
  throw illegalParameter(`Illegal parameter ${where}: ${issue?.message ?? "invalid"}.`, shape);
}
