import type { AlibabaAction } from "../../../types";
import { studioOk } from "../envelope";
import { invalidParam } from "../errors";
import { assertFileNameFree } from "../fileLookup";
import {
  autoRerunTimesSpec,
  checkEffectDates,
  reconcileSchedule,
  SCHEDULING_PARAMS,
} from "../fileParams";
import { isCreatableFileType } from "../fileTypes";
import { checkJsonParam } from "../fileView";
import { ensureFolder, folderByPath, joinPath, validateStudioPath } from "../folderTree";
import type { DataWorksState } from "../model";
import { newFile } from "../newFile";
import { parseParams, splitList, type ParamSpecs } from "../params";
import { resolveProject } from "../workspace";

/** Request table of spec §3.1.1. */
const PARAMS = {
  FileFolderPath: { type: "string", required: true },
  FileName: { type: "string", required: true },
  FileType: { type: "integer", required: true },
  InputList: { type: "string", required: true },
  AutoRerunTimes: autoRerunTimesSpec(false),
  ResourceGroupId: { type: "long" },
  ...SCHEDULING_PARAMS,
} as const satisfies ParamSpecs;

/** CreateFile (spec §3.1.1, level 3): a DataStudio file, not yet submitted (CommitStatus 0, no NodeId). */
export const createFile: AlibabaAction<DataWorksState> = {
  level: 3,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, PARAMS);
    // Data integration (23) needs CreateDISyncTask; only CreateFile's own list is accepted (§2.2).
    if (!isCreatableFileType(p.FileType)) {
      throw invalidParam(`FileType ${p.FileType} cannot be created with CreateFile`);
    }
    const segments = validateStudioPath(ctx, project, p.FileFolderPath, "FileFolderPath");
    const schedule = reconcileSchedule(p.CronExpress, p.CycleType);
    checkEffectDates(p.StartEffectDate, p.EndEffectDate);
    for (const name of ["InputParameters", "OutputParameters", "AdvancedSettings"] as const) {
      const text = p[name];
      if (text !== undefined) checkJsonParam(name, text);
    }
    const existing = folderByPath(ctx, project.projectId, joinPath(segments));
    assertFileNameFree(ctx, project.projectId, p.FileName, existing?.folderId ?? "");
    // Every check passed: only now may state change.
    const folder = ensureFolder(ctx, project.projectId, segments);
    const file = newFile(ctx, project, folder, {
      fileName: p.FileName,
      fileType: p.FileType,
      description: p.FileDescription,
      content: p.Content,
      owner: p.Owner,
      connectionName: p.ConnectionName,
      autoParsing: p.AutoParsing,
      advancedSettings: p.AdvancedSettings,
      config: {
        ...schedule,
        rerunMode: p.RerunMode,
        schedulerType: p.SchedulerType,
        stop: p.Stop,
        paraValue: p.ParaValue,
        startEffectDate: p.StartEffectDate,
        endEffectDate: p.EndEffectDate,
        dependentType: p.DependentType,
        dependentNodeIdList: p.DependentNodeIdList,
        resourceGroupId: p.ResourceGroupId,
        resourceGroupIdentifier: p.ResourceGroupIdentifier,
        autoRerunTimes: p.AutoRerunTimes,
        autoRerunIntervalMillis: p.AutoRerunIntervalMillis,
        inputList: splitList(p.InputList),
        startImmediately: p.StartImmediately,
        inputParameters: p.InputParameters,
        outputParameters: p.OutputParameters,
      },
    });
    return studioOk(ctx, { Data: file.fileId });
  },
};
