import type { AlibabaAction } from "../../../types";
import { studioOk } from "../envelope";
import { fileVersionNotExists } from "../errors";
import { fileOf } from "../fileLookup";
import { fileVersionView } from "../fileView";
import type { DataWorksState } from "../model";
import { parseParams } from "../params";
import { resolveProject } from "../workspace";

/** GetFileVersion (spec §3.1.12, level 1): one version snapshot with its current status. */
export const getFileVersion: AlibabaAction<DataWorksState> = {
  level: 1,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, {
      FileId: { type: "long", required: true },
      FileVersion: { type: "integer", required: true, min: 1 },
    });
    const file = fileOf(ctx, project, p.FileId, true);
    const version = file.versions.find((v) => v.version === p.FileVersion);
    if (version === undefined) throw fileVersionNotExists(p.FileId, p.FileVersion);
    return studioOk(ctx, { Data: fileVersionView(ctx, file, version) });
  },
};
