/**
 * DataWorks answers in PascalCase (`FileName`, `Id`); the typed operations return camelCase
 * (`fileName`, `id`) so resources see one naming scheme. Keys whose value is `undefined` are
 * dropped, because provider outputs must be plain JSON (ARCHITECTURE.md, toolchain facts).
 */
import { z } from "zod";

export type CamelKeys<T> = {
  [K in keyof T as K extends string ? Uncapitalize<K> : K]: T[K];
};

export function camelKeys<T extends object>(value: T): CamelKeys<T> {
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) result[key.charAt(0).toLowerCase() + key.slice(1)] = item;
  }
  return result as CamelKeys<T>;
}

/** A PascalCase wire object decoded into a camelCase value. */
export function wireObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object(shape).transform((value) => camelKeys(value));
}
