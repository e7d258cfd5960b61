import type { AlibabaAction } from "../../../types";
import { studioOk } from "../envelope";
import { folderNotExists } from "../errors";
import { folderItem, folderOf } from "../folderLookup";
import { folderByPath } from "../folderTree";
import type { DataWorksState } from "../model";
import { parseParams, requireOneOf } from "../params";
import { resolveProject } from "../workspace";

/** GetFolder (spec §3.3.2, level 1): by `FolderId` or `FolderPath` (the ID wins when both are sent). */
export const getFolder: AlibabaAction<DataWorksState> = {
  level: 1,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    requireOneOf(params, ["FolderId", "FolderPath"]);
    const p = parseParams(params, { FolderId: { type: "string" }, FolderPath: { type: "string" } });
    const folder =
      p.FolderId !== undefined && p.FolderId !== ""
        ? folderOf(ctx, project, p.FolderId)
        : folderByPath(ctx, project.projectId, p.FolderPath ?? "");
    if (folder === undefined) throw folderNotExists(p.FolderPath ?? "");
    return studioOk(ctx, { Data: folderItem(folder) });
  },
};
