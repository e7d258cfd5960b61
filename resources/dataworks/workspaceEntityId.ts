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
  const projectId = Number(match?.[1]);
  if (match === null || !Number.isSafeInteger(projectId)) throw new MalformedIdError(type, id);
  return { projectId, entityId: match[2]! };
}

/** The same for entities with numeric IDs (data sources, business flows: §3.5, §3.4). */
export function parseNumericWorkspaceEntityId(
  type: string,
  id: string,
): { readonly projectId: number; readonly entityId: number } {
  const { projectId, entityId } = parseWorkspaceEntityId(type, id);
  const numeric = Number(entityId);
  if (!/^\d+$/.test(entityId) || !Number.isSafeInteger(numeric)) {
    throw new MalformedIdError(type, id);
  }
  return { projectId, entityId: numeric };
}
