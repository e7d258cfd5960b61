import { sep } from "node:path";

/**
 * Changes the code of every module already loaded from one of the `folders` (outside
 * node_modules) except the files named in `keep`: each writable exported function is replaced by
 * a different function, and each exported plain object gets an extra key. Whatever captured any of
 * these by value (the closure serializer inlines local modules it reaches) would serialize
 * differently afterwards. Returns the number of modules changed and a function that undoes every
 * change.
 */
export function perturbLoadedModules(
  folders: readonly string[],
  keep: readonly string[],
): { changedModules: number; restore: () => void } {
  const undo: (() => void)[] = [];
  let changedModules = 0;
  const prefixes = folders.map((folder) => (folder.endsWith(sep) ? folder : `${folder}${sep}`));
  for (const [filename, cached] of Object.entries(require.cache)) {
    if (cached === undefined || !prefixes.some((prefix) => filename.startsWith(prefix))) continue;
    if (filename.includes(`${sep}node_modules${sep}`) || keep.includes(filename)) continue;
    const exports = cached.exports as Record<string, unknown>;
    if (typeof exports !== "object" || exports === null) continue;
    let changed = false;
    for (const key of Object.keys(exports)) {
      const descriptor = Object.getOwnPropertyDescriptor(exports, key);
      if (descriptor === undefined || !("value" in descriptor) || descriptor.writable !== true)
        continue;
      const original = descriptor.value as unknown;
      if (typeof original === "function") {
        exports[key] = function perturbed() {
          return "perturbed";
        };
        undo.push(() => {
          exports[key] = original;
        });
        changed = true;
      } else if (isPlainObject(original) && Object.isExtensible(original)) {
        original.__perturbed = "perturbed";
        undo.push(() => {
          delete original.__perturbed;
        });
        changed = true;
      }
    }
    if (changed) changedModules += 1;
  }
  return {
    changedModules,
    restore: () => {
      for (const step of undo.reverse()) step();
    },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}
