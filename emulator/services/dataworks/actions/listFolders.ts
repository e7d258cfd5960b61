import type { AlibabaAction } from "../../../types";
import { studioOk } from "../envelope";
import { folderItem } from "../folderLookup";
import { subFolders } from "../folderTree";
import type { DataWorksState } from "../model";
import { pageOf, parsePaging } from "../paging";
import { parseParams } from "../params";
import { resolveProject } from "../workspace";

/** ListFolders (spec §3.3.5, level 1): the direct sub-folders of `ParentFolderPath` (§6 q31), paged (both paging parameters required). */
export const listFolders: AlibabaAction<DataWorksState> = {
  level: 1,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const paging = parsePaging(params, true);
    const p = parseParams(params, { ParentFolderPath: { type: "string", required: true } });
    const folders = subFolders(ctx, project.projectId, p.ParentFolderPath);
    return studioOk(ctx, {
      Data: {
        PageNumber: paging.pageNumber,
        PageSize: paging.pageSize,
        TotalCount: folders.length,
        Folders: pageOf(folders, paging).map(folderItem),
      },
    });
  },
};
