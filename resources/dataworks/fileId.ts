import { FileIdError } from "./fileIdError";

/** The parts of a `dataworks.File` ID, `{projectId}/{fileId}` (spec/dataworks.md §4.1). */
export interface FileId {
  readonly projectId: number;
  readonly fileId: number;
}

export function formatFileId(id: FileId): string {
  return `${id.projectId}/${id.fileId}`;
}

export function parseFileId(id: string): FileId {
  const match = /^(\d+)\/(\d+)$/.exec(id);
  const projectId = Number(match?.[1]);
  const fileId = Number(match?.[2]);
  if (match === null || !Number.isSafeInteger(projectId) || !Number.isSafeInteger(fileId)) {
    throw new FileIdError(id);
  }
  return { projectId, fileId };
}
