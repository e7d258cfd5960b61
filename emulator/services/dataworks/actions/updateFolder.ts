import type { AlibabaAction } from "../../../types";
import { studioOk } from "../envelope";
import { invalidParam } from "../errors";
import { folderOf } from "../folderLookup";
import { folderByPath, joinPath, repathFolders, splitPath } from "../folderTree";
import type { DataWorksState } from "../model";
import { parseParams } from "../params";
import { resolveProject } from "../workspace";

/**
 * UpdateFolder (spec §3.3.3, level 2): renames the last path segment; the folder cannot move. The
 * FolderId stays and everything below is re-pathed (§6 q29). A business flow's own folder is renamed
 * with UpdateBusiness instead.
 */
export const updateFolder: AlibabaAction<DataWorksState> = {
  level: 2,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, {
      FolderId: { type: "string", required: true },
      FolderName: { type: "string", required: true },
    });
    const folder = folderOf(ctx, project, p.FolderId);
    const name = p.FolderName.trim();
    if (name === "" || name.includes("/"))
      throw invalidParam("FolderName must be one path segment");
    const segments = splitPath(folder.path);
    if (segments.length < 3)
      throw invalidParam("a business flow's folder is renamed with UpdateBusiness");
    const target = joinPath([...segments.slice(0, -1), name]);
    if (target === folder.path) return studioOk(ctx);
    if (folderByPath(ctx, project.projectId, target) !== undefined) {
      throw invalidParam(`the folder ${target} already exists`);
    }
    repathFolders(ctx, project.projectId, folder.path, target);
    return studioOk(ctx);
  },
};
