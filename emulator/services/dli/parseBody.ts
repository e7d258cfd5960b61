import { z } from "zod";
import { invalidParameter } from "./errors";

/** Validates a request body or query; any mismatch is `DLI.0001` (spec/dli.md §7.2). */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? "body" : issue.path.join(".");
  throw invalidParameter(`user input validation failed, ${where}: ${issue?.message ?? "invalid"}`);
}

/** spec/dli.md §0.3: booleans arrive as `true`/`false` or `"true"`/`"false"`. */
export const looseBoolean = z.union([
  z.boolean(),
  z.enum(["true", "false"]).transform((value) => value === "true"),
]);

/** A boolean query parameter (`?cascade=true`); absent → `fallback`. */
export function queryBoolean(query: URLSearchParams, name: string, fallback = false): boolean {
  const value = query.get(name);
  if (value === null || value === "") return fallback;
  return parseBody(z.object({ [name]: looseBoolean }), { [name]: value })[name] as boolean;
}

/** A non-negative integer query parameter; absent → undefined. */
export function queryInteger(query: URLSearchParams, name: string, min = 0): number | undefined {
  const value = query.get(name);
  if (value === null || value === "") return undefined;
  return parseBody(z.object({ [name]: z.coerce.number().int().min(min) }), { [name]: value })[
    name
  ] as number;
}
