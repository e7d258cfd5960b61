import { builtinModules } from "node:module";

/** What running a serialized provider text loaded, and with which base for relative resolution. */
export interface RequireTrace {
  /** Every specifier, in order: the text's own `require`s and those of its `createRequire`s. */
  readonly specifiers: string[];
  /** The base paths handed to `module.createRequire`. */
  readonly createRequireBases: string[];
  /** The calls made on what the package's modules returned: `attach`, `configure` … */
  readonly packageCalls: string[];
}

/**
 * Loads a serialized provider text the way the SDK's host does (a CommonJS module exporting
 * `handler`, engine.md §2.3), then calls `configure` on the provider it returns, with every
 * `require` recorded. Node built-ins other than `module` are the real ones; anything else is a
 * recording stand-in, so nothing outside the text runs and no build is needed.
 */
export async function traceRequires(text: string, configureArgs: unknown): Promise<RequireTrace> {
  const trace: RequireTrace = { specifiers: [], createRequireBases: [], packageCalls: [] };
  const standIn = (specifier: string): unknown =>
    new Proxy(
      {},
      {
        // No `then`: the stand-in must not look like a promise to an `await`.
        get: (_target, property) =>
          typeof property === "string" && property !== "then"
            ? () => {
                trace.packageCalls.push(`${specifier}#${property}`);
                return Promise.resolve();
              }
            : undefined,
      },
    );
  const recordingRequire = (specifier: string): unknown => {
    trace.specifiers.push(specifier);
    if (specifier === "module" || specifier === "node:module") {
      return {
        createRequire: (base: string) => {
          trace.createRequireBases.push(base);
          return recordingRequire;
        },
      };
    }
    if (isBuiltin(specifier)) return require(specifier);
    return standIn(specifier);
  };
  const module = { exports: {} as { handler?: () => { configure?: (req: unknown) => unknown } } };
  new Function("exports", "require", "module", text)(module.exports, recordingRequire, module);
  const provider = module.exports.handler?.();
  if (provider === undefined) throw new Error("the serialized text exports no handler()");
  await provider.configure?.(configureArgs);
  return trace;
}

export function isBuiltin(specifier: string): boolean {
  const bare = specifier.startsWith("node:") ? specifier.slice(5) : specifier;
  return builtinModules.includes(bare.split("/")[0] ?? bare) || builtinModules.includes(bare);
}
