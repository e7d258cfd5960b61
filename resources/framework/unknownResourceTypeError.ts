/**
 * The state names a resource type the installed package does not provide, e.g. after downgrading
 * the package. The serialized provider holds only the type name (ARCHITECTURE decision 1), so the
 * installed package must know it.
 */
export class UnknownResourceTypeError extends Error {
  override readonly name = "UnknownResourceTypeError";
  readonly code = "UnknownResourceType";
  constructor(
    readonly type: string,
    readonly known: readonly string[],
  ) {
    super(
      `The installed pulumi-dataplatform does not provide the resource type "${type}" ` +
        `(it provides ${known.join(", ")}). Install a version that does.`,
    );
  }
}
