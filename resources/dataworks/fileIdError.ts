/**
 * A `dataworks.File` ID is `{projectId}/{fileId}` (ARCHITECTURE decision 6, spec/dataworks.md
 * §4.1: every file call needs the workspace as well as the file). Anything else in the state cannot
 * have been written by this package.
 */
export class FileIdError extends Error {
  override readonly name = "FileIdError";
  readonly code = "InvalidFileId";
  constructor(readonly id: string) {
    super(`"${id}" is not a dataworks.File ID: expected {projectId}/{fileId}, e.g. 10000/1000001`);
  }
}
