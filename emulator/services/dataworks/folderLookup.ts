import type { DataWorksContext } from "./context";
import { folderNotExists } from "./errors";
import type { FolderRecord, ProjectRecord } from "./model";

export function folderOf(
  ctx: DataWorksContext,
  project: ProjectRecord,
  folderId: string,
): FolderRecord {
  const folder = ctx.state.folders[folderId];
  if (folder === undefined || folder.projectId !== project.projectId)
    throw folderNotExists(folderId);
  return folder;
}

export function folderItem(folder: FolderRecord): Record<string, unknown> {
  return { FolderId: folder.folderId, FolderPath: folder.path };
}
