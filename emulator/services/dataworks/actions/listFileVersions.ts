import type { AlibabaAction } from "../../../types";
import { studioOk } from "../envelope";
import { fileOf } from "../fileLookup";
import { fileVersionView } from "../fileView";
import type { DataWorksState } from "../model";
import { pageOf, parsePaging } from "../paging";
import { parseParams } from "../params";
import { resolveProject } from "../workspace";

/**
 * ListFileVersions (spec §3.1.11, level 1): newest version first, so the first item tells whether the
 * latest code is in production (§4.8). Versions of a deleted file stay listed (its DELETE version too).
 */
export const listFileVersions: AlibabaAction<DataWorksState> = {
  level: 1,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, { FileId: { type: "long", required: true } });
    const paging = parsePaging(params, false);
    const file = fileOf(ctx, project, p.FileId, true);
    const versions = [...file.versions].reverse();
    return studioOk(ctx, {
      Data: {
        PageNumber: paging.pageNumber,
        PageSize: paging.pageSize,
        TotalCount: versions.length,
        FileVersions: pageOf(versions, paging).map((v) => fileVersionView(ctx, file, v)),
      },
    });
  },
};
