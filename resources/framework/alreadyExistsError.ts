/**
 * Create was refused because an object with the same natural key exists, and the program did not
 * ask to take it over. `pulumi import` cannot work for dynamic resources (ARCHITECTURE decision 6),
 * so the way forward is the `adopt: true` input.
 */
export class AlreadyExistsError extends Error {
  override readonly name = "AlreadyExistsError";
  readonly code = "AlreadyExists";
  constructor(
    readonly type: string,
    readonly naturalKey: string,
    readonly serviceMessage: string,
  ) {
    super(
      `${type} ${naturalKey} already exists (${serviceMessage}). ` +
        `Set \`adopt: true\` on the resource to take over the existing object, or choose another name.`,
    );
  }
}
