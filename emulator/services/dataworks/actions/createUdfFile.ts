import type { AlibabaAction } from "../../../types";
import { studioOk } from "../envelope";
import { assertFileNameFree } from "../fileLookup";
import { UDF_FILE_TYPE } from "../fileTypes";
import { ensureFolder, folderByPath, joinPath, validateStudioPath } from "../folderTree";
import type { DataWorksState, UdfRecord } from "../model";
import { newFile } from "../newFile";
import { parseParams } from "../params";
import { FUNCTION_TYPES, udfContent, udfFieldsOf } from "../udf";
import { resolveProject } from "../workspace";

/**
 * CreateUdfFile (spec §3.2.1, level 2): a function file. It is an ordinary DataStudio file
 * afterwards: read with GetFile/ListFiles, submitted, deployed and deleted like any file (§6 q24).
 */
export const createUdfFile: AlibabaAction<DataWorksState> = {
  level: 2,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, {
      ClassName: { type: "string", required: true },
      FileFolderPath: { type: "string", required: true },
      FileName: { type: "string", required: true },
      FunctionType: { type: "string", required: true, oneOf: FUNCTION_TYPES },
      Resources: { type: "string", required: true },
      UdfDescription: { type: "string", required: true },
      CmdDescription: { type: "string" },
      ParameterDescription: { type: "string" },
      ReturnValue: { type: "string" },
      Example: { type: "string" },
    });
    const segments = validateStudioPath(ctx, project, p.FileFolderPath, "FileFolderPath");
    const existing = folderByPath(ctx, project.projectId, joinPath(segments));
    assertFileNameFree(ctx, project.projectId, p.FileName, existing?.folderId ?? "");
    // Every required field is present: ClassName … UdfDescription are required here (§3.2.1).
    const udf = udfFieldsOf(p) as UdfRecord;
    const folder = ensureFolder(ctx, project.projectId, segments);
    const file = newFile(ctx, project, folder, {
      fileName: p.FileName,
      fileType: UDF_FILE_TYPE,
      description: p.UdfDescription,
      content: udfContent(udf),
      udf,
    });
    return studioOk(ctx, { Data: file.fileId });
  },
};
