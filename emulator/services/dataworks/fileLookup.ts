import type { DataWorksContext } from "./context";
import { fileNameExists, fileNotExists, invalidParam } from "./errors";
import { filesNamed } from "./fileNameIndex";
import type { FileRecord, ProjectRecord } from "./model";
import { dataWorksOptions } from "./options";

/**
 * Finding files of a workspace. A deleted file (DeleteFile) stays readable with GetFile, its versions
 * and DeployFile (to publish the deletion, §4.5), but every other call treats it as gone.
 */

export function fileOf(
  ctx: DataWorksContext,
  project: ProjectRecord,
  fileId: number,
  includeDeleted = false,
): FileRecord {
  const file = ctx.state.files[String(fileId)];
  if (file === undefined || file.projectId !== project.projectId) throw fileNotExists(fileId);
  if (!includeDeleted && file.deletedAt !== undefined) throw fileNotExists(fileId);
  return file;
}

export function fileOfNode(
  ctx: DataWorksContext,
  project: ProjectRecord,
  nodeId: number,
  includeDeleted = false,
): FileRecord {
  const file = Object.values(ctx.state.files).find(
    (f) =>
      f.projectId === project.projectId &&
      f.nodeId === nodeId &&
      (includeDeleted || f.deletedAt === undefined),
  );
  if (file === undefined) throw fileNotExists(`NodeId ${nodeId}`);
  return file;
}

/** Live (not deleted) files of a workspace, in FileId order. */
export function liveFiles(ctx: DataWorksContext, projectId: number): FileRecord[] {
  return Object.values(ctx.state.files)
    .filter((f) => f.projectId === projectId && f.deletedAt === undefined)
    .sort((a, b) => a.fileId - b.fileId);
}

/**
 * File names are non-blank and unique among the live files of a workspace (spec §4.6 emulator
 * convention, §6 q13; `fileNameScope: "folder"` narrows that to one folder).
 */
export function assertFileNameFree(
  ctx: DataWorksContext,
  projectId: number,
  fileName: string,
  folderId: string,
  exceptFileId?: number,
): void {
  if (fileName.trim() === "") throw invalidParam("FileName must not be blank");
  const perFolder = dataWorksOptions(ctx.options).fileNameScope === "folder";
  const clash = filesNamed(ctx.state.files, projectId, fileName).some(
    (f) =>
      f.deletedAt === undefined &&
      f.fileId !== exceptFileId &&
      (!perFolder || f.folderId === folderId),
  );
  if (clash) throw fileNameExists(fileName);
}
