import type { AlibabaAction } from "../../../types";
import { studioOk } from "../envelope";
import { invalidParam } from "../errors";
import { ensureFolder, folderByPath, joinPath, validateStudioPath } from "../folderTree";
import type { DataWorksState } from "../model";
import { parseParams } from "../params";
import { resolveProject } from "../workspace";

/**
 * CreateFolder (spec §3.3.1, level 2) → `Data` = the new FolderId. Missing intermediate folders are
 * created too (§6 q27). An existing folder path is `Invalid.Param` (paths are unique per workspace,
 * §4.6), except a folder that only exists because a deeper path needed it: that one is adopted and
 * its ID returned.
 */
export const createFolder: AlibabaAction<DataWorksState> = {
  level: 2,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, { FolderPath: { type: "string", required: true } });
    const segments = validateStudioPath(ctx, project, p.FolderPath, "FolderPath");
    const existing = folderByPath(ctx, project.projectId, joinPath(segments));
    if (existing !== undefined && !existing.implicit) {
      throw invalidParam(`the folder ${existing.path} already exists`);
    }
    const folder = existing ?? ensureFolder(ctx, project.projectId, segments);
    folder.implicit = false;
    return studioOk(ctx, { Data: folder.folderId });
  },
};
