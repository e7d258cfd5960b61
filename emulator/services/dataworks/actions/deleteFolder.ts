import type { AlibabaAction } from "../../../types";
import { studioOk } from "../envelope";
import { invalidOperation } from "../errors";
import { liveFiles } from "../fileLookup";
import { folderOf } from "../folderLookup";
import { isUnder, subFolders } from "../folderTree";
import type { DataWorksState } from "../model";
import { dataWorksOptions } from "../options";
import { parseParams } from "../params";
import { resolveProject } from "../workspace";

/**
 * DeleteFolder (spec §3.3.4, level 3, synchronous). A folder that still holds sub-folders or live
 * files is refused with `Invalid.Operation` naming the child (§4.5 emulator convention, §6 q28);
 * with `strictDelete` off, the folder and its sub-folders go anyway and their files are orphaned.
 */
export const deleteFolder: AlibabaAction<DataWorksState> = {
  level: 3,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, { FolderId: { type: "string", required: true } });
    const folder = folderOf(ctx, project, p.FolderId);
    if (dataWorksOptions(ctx.options).strictDelete) {
      const child = subFolders(ctx, project.projectId, folder.path)[0];
      if (child !== undefined)
        throw invalidOperation(`The folder is not empty: it contains the folder ${child.path}.`);
      const file = liveFiles(ctx, project.projectId).find((f) => f.folderId === folder.folderId);
      if (file !== undefined)
        throw invalidOperation(`The folder is not empty: it contains the file ${file.fileName}.`);
    }
    for (const f of Object.values(ctx.state.folders)) {
      if (
        f.projectId === project.projectId &&
        (f.folderId === folder.folderId || isUnder(f.path, folder.path))
      ) {
        delete ctx.state.folders[f.folderId];
      }
    }
    return studioOk(ctx);
  },
};
