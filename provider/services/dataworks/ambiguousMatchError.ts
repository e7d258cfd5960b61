import type { ErrorCategory } from "../../errors";

/**
 * An exact-name lookup found more than one object, so it cannot tell which one the caller means
 * (e.g. two files of the same name in different folders: file-name uniqueness is not documented,
 * spec/dataworks.md §4.6).
 */
export class AmbiguousMatchError extends Error {
  override readonly name = "AmbiguousMatchError";
  readonly category: ErrorCategory = "conflict";
  readonly code = "AmbiguousMatch";
  constructor(
    readonly what: string,
    readonly key: string,
    readonly ids: readonly (string | number)[],
  ) {
    super(
      `${ids.length} ${what}s match ${JSON.stringify(key)} exactly ` +
        `(ids ${ids.join(", ")}); narrow the lookup`,
    );
  }
}
