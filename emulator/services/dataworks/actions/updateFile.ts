import equal from "fast-deep-equal";
import type { AlibabaAction } from "../../../types";
import { EMULATOR_USER_ID } from "../constants";
import { studioOk } from "../envelope";
import { invalidParam } from "../errors";
import { assertFileNameFree, fileOf } from "../fileLookup";
import {
  autoRerunTimesSpec,
  checkEffectDates,
  reconcileSchedule,
  SCHEDULING_PARAMS,
} from "../fileParams";
import { indexFileName } from "../fileNameIndex";
import { checkJsonParam } from "../fileView";
import {
  ensureFolder,
  folderByPath,
  folderPathOf,
  joinPath,
  validateStudioPath,
} from "../folderTree";
import type { DataWorksState, FileRecord, NodeConfigurationRecord } from "../model";
import { dataWorksOptions } from "../options";
import { parseParams, splitList, type ParamSpecs } from "../params";
import { resolveProject } from "../workspace";

/** Request table of spec §3.1.2 (`AutoRerunTimes` and `FileId` required; no FileType). */
const PARAMS = {
  FileId: { type: "long", required: true },
  AutoRerunTimes: autoRerunTimesSpec(true),
  FileFolderPath: { type: "string" },
  FileName: { type: "string" },
  InputList: { type: "string" },
  OutputList: { type: "string" },
  ...SCHEDULING_PARAMS,
} as const satisfies ParamSpecs;

interface Change {
  readonly name: string;
  readonly changed: boolean;
  readonly apply: () => void;
}

/**
 * UpdateFile (spec §3.1.2, level 2). "The parameters you fill in must differ from the node's current
 * configuration" (001 §4.15): by default the call fails with `Invalid.Param` when no supplied
 * parameter changes anything (option `updateFileUnchanged`, §6 q10). A successful update leaves the
 * change saved but not committed (`CommitStatus` 0) until the next SubmitFile.
 */
export const updateFile: AlibabaAction<DataWorksState> = {
  level: 2,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, PARAMS);
    const file = fileOf(ctx, project, p.FileId);
    const config = file.config;
    const changes: Change[] = [];
    const consider = <T>(
      name: string,
      next: T | undefined,
      current: T,
      apply: (v: T) => void,
      same = equal,
    ): void => {
      if (next !== undefined)
        changes.push({ name, changed: !same(next, current), apply: () => apply(next) });
    };
    /** A supplied parameter compared with, and stored in, one field of the file record. */
    const considerFileField = <K extends keyof FileRecord>(
      name: string,
      next: FileRecord[K] | undefined,
      key: K,
      same = equal,
    ): void => {
      const store = (v: FileRecord[K]): void => {
        file[key] = v;
      };
      consider(name, next, file[key], store, same);
    };
    /** A supplied parameter compared with, and stored in, one field of the node configuration. */
    const considerConfigField = <K extends keyof NodeConfigurationRecord>(
      name: string,
      next: NodeConfigurationRecord[K] | undefined,
      key: K,
      same = equal,
    ): void => {
      const store = (v: NodeConfigurationRecord[K]): void => {
        config[key] = v;
      };
      consider(name, next, config[key], store, same);
    };
    const sameJson = (a: string, b: string | undefined): boolean =>
      b !== undefined && equal(JSON.parse(a), JSON.parse(b));

    // Validate everything first; nothing below may change state until the rule check passed.
    const targetSegments =
      p.FileFolderPath === undefined
        ? undefined
        : validateStudioPath(ctx, project, p.FileFolderPath, "FileFolderPath");
    const targetPath =
      targetSegments === undefined ? folderPathOf(ctx, file) : joinPath(targetSegments);
    if (p.FileName !== undefined && p.FileName !== file.fileName) {
      const target = folderByPath(ctx, project.projectId, targetPath);
      assertFileNameFree(ctx, project.projectId, p.FileName, target?.folderId ?? "", file.fileId);
    }
    for (const name of ["InputParameters", "OutputParameters", "AdvancedSettings"] as const) {
      const text = p[name];
      if (text !== undefined) checkJsonParam(name, text);
    }
    const schedule =
      p.CronExpress !== undefined || p.CycleType !== undefined
        ? reconcileSchedule(p.CronExpress ?? config.cronExpress, p.CycleType)
        : undefined;
    checkEffectDates(
      p.StartEffectDate ?? config.startEffectDate,
      p.EndEffectDate ?? config.endEffectDate,
    );

    consider(
      "FileFolderPath",
      targetSegments === undefined ? undefined : targetPath,
      folderPathOf(ctx, file),
      () => {
        file.folderId = ensureFolder(ctx, project.projectId, targetSegments ?? []).folderId;
      },
    );
    considerFileField("FileName", p.FileName, "fileName");
    considerFileField("FileDescription", p.FileDescription, "description");
    considerFileField("Content", p.Content, "content");
    considerFileField("Owner", p.Owner, "owner");
    considerFileField("ConnectionName", p.ConnectionName, "connectionName");
    considerFileField("AutoParsing", p.AutoParsing, "autoParsing");
    considerFileField("AdvancedSettings", p.AdvancedSettings, "advancedSettings", sameJson);
    considerConfigField("AutoRerunTimes", p.AutoRerunTimes, "autoRerunTimes");
    considerConfigField(
      "AutoRerunIntervalMillis",
      p.AutoRerunIntervalMillis,
      "autoRerunIntervalMillis",
    );
    considerConfigField("RerunMode", p.RerunMode, "rerunMode");
    considerConfigField("Stop", p.Stop, "stop");
    considerConfigField("ParaValue", p.ParaValue, "paraValue");
    considerConfigField("StartEffectDate", p.StartEffectDate, "startEffectDate");
    considerConfigField("EndEffectDate", p.EndEffectDate, "endEffectDate");
    considerConfigField(
      "CronExpress",
      p.CronExpress === undefined ? undefined : schedule?.cronExpress,
      "cronExpress",
    );
    considerConfigField("CycleType", p.CycleType, "cycleType");
    considerConfigField("DependentType", p.DependentType, "dependentType");
    considerConfigField(
      "DependentNodeIdList",
      p.DependentNodeIdList,
      "dependentNodeIdList",
      (a, b) => equal(splitList(a), splitList(b)),
    );
    considerConfigField(
      "InputList",
      p.InputList === undefined ? undefined : splitList(p.InputList),
      "inputList",
    );
    considerConfigField(
      "OutputList",
      p.OutputList === undefined ? undefined : splitList(p.OutputList),
      "outputList",
    );
    considerConfigField(
      "ResourceGroupIdentifier",
      p.ResourceGroupIdentifier,
      "resourceGroupIdentifier",
    );
    considerConfigField("SchedulerType", p.SchedulerType, "schedulerType");
    considerConfigField("StartImmediately", p.StartImmediately, "startImmediately");
    considerConfigField("InputParameters", p.InputParameters, "inputParameters", sameJson);
    considerConfigField("OutputParameters", p.OutputParameters, "outputParameters", sameJson);

    enforceMustDiffer(dataWorksOptions(ctx.options).updateFileUnchanged, changes);
    for (const change of changes) if (change.changed) change.apply();
    // A new cron expression may imply a new cycle type (§2.4 linking rule).
    if (schedule !== undefined) config.cycleType = schedule.cycleType;
    indexFileName(ctx.state.files, file);
    file.commitStatus = 0;
    file.lastEditTime = ctx.now();
    file.lastEditUser = EMULATOR_USER_ID;
    return studioOk(ctx);
  },
};

function enforceMustDiffer(
  mode: "rejectIfNoChange" | "rejectAnyUnchanged" | "allow",
  changes: readonly Change[],
): void {
  if (mode === "allow") return;
  if (!changes.some((c) => c.changed)) {
    throw invalidParam("every supplied parameter equals the file's current configuration");
  }
  // AutoRerunTimes is mandatory (§3.1.2), so resending its current value cannot be an error.
  const unchanged = changes.filter((c) => !c.changed && c.name !== "AutoRerunTimes");
  if (mode === "rejectAnyUnchanged" && unchanged.length > 0) {
    throw invalidParam(
      `${unchanged.map((c) => c.name).join(", ")} must differ from the current value`,
    );
  }
}
