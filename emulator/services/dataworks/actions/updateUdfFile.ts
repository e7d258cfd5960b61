import type { AlibabaAction } from "../../../types";
import { EMULATOR_USER_ID } from "../constants";
import { studioOk } from "../envelope";
import { invalidParam, invalidParameter } from "../errors";
import { fileOf } from "../fileLookup";
import { ensureFolder, validateStudioPath } from "../folderTree";
import type { DataWorksState, UdfRecord } from "../model";
import { parseParams } from "../params";
import { FUNCTION_TYPES, udfContent, udfFieldsOf } from "../udf";
import { resolveProject } from "../workspace";

/**
 * UpdateUdfFile (spec §3.2.2, level 2): `ClassName`, `FunctionType` and `Resources` are resent on
 * every update; optional fields replace the stored ones when given. `FileId` is typed String here but
 * must still name a function file. No `FileName`: a function cannot be renamed (§4.4).
 */
export const updateUdfFile: AlibabaAction<DataWorksState> = {
  level: 2,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, {
      FileId: { type: "string", required: true },
      ClassName: { type: "string", required: true },
      FunctionType: { type: "string", required: true, oneOf: FUNCTION_TYPES },
      Resources: { type: "string", required: true },
      FileFolderPath: { type: "string" },
      UdfDescription: { type: "string" },
      CmdDescription: { type: "string" },
      ParameterDescription: { type: "string" },
      ReturnValue: { type: "string" },
      Example: { type: "string" },
    });
    if (!/^\d+$/.test(p.FileId.trim())) throw invalidParameter("FileId", p.FileId);
    const file = fileOf(ctx, project, Number(p.FileId.trim()));
    if (file.udf === undefined) throw invalidParam(`file ${file.fileId} is not a function file`);
    const segments =
      p.FileFolderPath === undefined
        ? undefined
        : validateStudioPath(ctx, project, p.FileFolderPath, "FileFolderPath");
    const udf: UdfRecord = { ...file.udf, ...udfFieldsOf(p) };
    if (segments !== undefined)
      file.folderId = ensureFolder(ctx, project.projectId, segments).folderId;
    file.udf = udf;
    file.description = udf.udfDescription;
    file.content = udfContent(udf);
    file.commitStatus = 0;
    file.lastEditTime = ctx.now();
    file.lastEditUser = EMULATOR_USER_ID;
    return studioOk(ctx);
  },
};
