/**
 * `adopt: true` found an object by its natural key, but fields that cannot change in place differ
 * from the program, so taking it over would silently keep the wrong object.
 */
export class AdoptMismatchError extends Error {
  override readonly name = "AdoptMismatchError";
  readonly code = "AdoptMismatch";
  constructor(
    readonly type: string,
    readonly naturalKey: string,
    readonly id: string,
    readonly fields: readonly string[],
  ) {
    super(
      `Cannot adopt ${type} ${naturalKey} (id ${id}): ${fields.join(", ")} ` +
        `differ from the program and cannot be changed in place. ` +
        `Change the program to match the existing object, or delete the object first.`,
    );
  }
}
