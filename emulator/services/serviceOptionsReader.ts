import type { z } from "zod";

/**
 * A service's reader of `ctx.options`: the keys its schema names, validated with their defaults.
 * The options object of a running emulator never changes, so each one is parsed once, not per
 * request.
 */
export function serviceOptionsReader<S extends z.ZodObject>(
  schema: S,
): (options: Readonly<Record<string, unknown>>) => z.infer<S> {
  const keys = new Set(Object.keys(schema.shape));
  const parsed = new WeakMap<object, z.infer<S>>();
  return (options) => {
    let value = parsed.get(options);
    if (value === undefined) {
      const own = Object.fromEntries(Object.entries(options).filter(([key]) => keys.has(key)));
      value = schema.parse(own);
      parsed.set(options, value);
    }
    return value;
  };
}
