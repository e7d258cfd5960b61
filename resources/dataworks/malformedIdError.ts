/**
 * A resource ID that is not `{projectId}/{entityId}`: the state was edited by hand or written by
 * something else. Nothing is sent to the service with such an ID.
 */
export class MalformedIdError extends Error {
  override readonly name = "MalformedIdError";
  readonly code = "MalformedId";
  readonly category = "invalid";
  constructor(
    readonly type: string,
    readonly id: string,
  ) {
    super(`${type}: the ID ${JSON.stringify(id)} is not of the form {projectId}/{entityId}`);
  }
}
