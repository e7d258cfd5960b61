import { MalformedIdError } from "./malformedIdError";

/**
 * DataWorks resource IDs are `{projectId}/{entityId}`: every DataStudio call and ListDataSources
 * need the workspace as well as the entity's own ID (spec/dataworks.md §4.1).
 */
export function workspaceEntityId(projectId: number, entityId: string | number): string {
  return `${projectId}/${entityId}`;
}

export interface WorkspaceEntity {
  readonly projectId: number;
  readonly entityId: string;
}

/** Splits an ID written by `workspaceEntityId`; anything else is a MalformedIdError. */
export function parseWorkspaceEntityId(type: string, id: string): WorkspaceEntity {
  const match = /^(\d+)\/(.+)$/.exec(id);
  if (match === null) throw new MalformedIdError(type, id);
  return { projectId: Number(match[1]), entityId: match[2]! };
}
