import type { AlibabaAction } from "../../../types";
import { studioOk } from "../envelope";
import { invalidParameter } from "../errors";
import { liveFiles } from "../fileLookup";
import { fileView } from "../fileView";
import { folderPathOf, isUnder, joinPath, splitPath } from "../folderTree";
import type { DataWorksState } from "../model";
import { dataWorksOptions } from "../options";
import { fuzzyMatch, pageOf, parsePaging } from "../paging";
import { parseParams, splitList } from "../params";
import { resolveProject } from "../workspace";

/**
 * ListFiles (spec §3.1.5, level 1): live files of a workspace in FileId order. `Keyword` is a fuzzy
 * (contains) match on the name; `FileFolderPath` matches files directly in that folder (option
 * `listFilesRecursive` includes sub-folders); `FileTypes` is a comma-separated list of codes.
 */
export const listFiles: AlibabaAction<DataWorksState> = {
  level: 1,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, {
      FileFolderPath: { type: "string" },
      Keyword: { type: "string" },
      UseType: {
        type: "string",
        oneOf: ["NORMAL", "MANUAL", "MANUAL_BIZ", "SKIP", "ADHOCQUERY", "COMPONENT"],
      },
      FileTypes: { type: "string" },
      Owner: { type: "string" },
      NodeId: { type: "long" },
    });
    const paging = parsePaging(params, false);
    const types = splitList(p.FileTypes).map((t) => {
      if (!/^\d+$/.test(t)) throw invalidParameter("FileTypes", p.FileTypes ?? "");
      return Number(t);
    });
    const folder =
      p.FileFolderPath === undefined ? undefined : joinPath(splitPath(p.FileFolderPath));
    const recursive = dataWorksOptions(ctx.options).listFilesRecursive;
    const matches = liveFiles(ctx, project.projectId).filter((f) => {
      const path = folderPathOf(ctx, f);
      return (
        (folder === undefined || path === folder || (recursive && isUnder(path, folder))) &&
        fuzzyMatch(f.fileName, p.Keyword) &&
        (p.UseType === undefined || f.useType === p.UseType) &&
        (types.length === 0 || types.includes(f.fileType)) &&
        (p.Owner === undefined || f.owner === p.Owner) &&
        (p.NodeId === undefined || f.nodeId === p.NodeId)
      );
    });
    return studioOk(ctx, {
      Data: {
        PageNumber: paging.pageNumber,
        PageSize: paging.pageSize,
        TotalCount: matches.length,
        Files: pageOf(matches, paging).map((f) => fileView(ctx, f, "list")),
      },
    });
  },
};
