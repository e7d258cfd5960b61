import * as pulumi from "@pulumi/pulumi";

export type ResourceClass = new (name: string, args: never) => pulumi.dynamic.Resource;

/**
 * Every `pulumi.dynamic.Resource` subclass reachable from a module's exports, namespaces included
 * (`export * as dataworks from …`), with the export path that names it (`dataworks.Folder`).
 */
export function resourceClasses(exports: object, prefix = ""): Map<string, ResourceClass> {
  const found = new Map<string, ResourceClass>();
  for (const [key, value] of Object.entries(exports)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "function" && value.prototype instanceof pulumi.dynamic.Resource) {
      found.set(path, value as ResourceClass);
    } else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [inner, cls] of resourceClasses(value, path)) found.set(inner, cls);
    }
  }
  return found;
}

/** `pulumi-nodejs:dynamic/dataworks:Folder` → `dataworks:Folder`, the name the registry uses. */
export function registryTypeOf(token: string): string {
  const match = /^pulumi-nodejs:dynamic\/([^:]+):(.+)$/.exec(token);
  if (match === null) throw new Error(`not a dynamic resource type token: ${token}`);
  return `${match[1]}:${match[2]}`;
}
