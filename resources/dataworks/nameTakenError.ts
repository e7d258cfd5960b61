/**
 * Create was refused and a lookup by the natural key found an existing object: the refusal was a
 * name clash. DataWorks documents no dedicated code for a duplicate business flow name or folder
 * path (spec/dataworks.md §4.6, §6 q27 and q30), so the clash is recognised by the lookup rather
 * than by the code. Category `conflict`, which the framework turns into the error that suggests
 * `adopt: true`.
 */
export class NameTakenError extends Error {
  override readonly name = "NameTakenError";
  readonly code = "NameTaken";
  readonly category = "conflict";
  constructor(
    readonly what: string,
    readonly existingId: string,
    readonly serviceMessage: string,
  ) {
    super(`existing id ${existingId}; the service said: ${serviceMessage}`);
  }
}
