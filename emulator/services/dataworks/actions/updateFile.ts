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
    /** A supplied parameter compared with, and stored in, one field of the file or its node. */
    const considerField = <R extends FileRecord | NodeConfigurationRecord, K extends keyof R>(
      name: string,
      next: R[K] | undefined,
      record: R,
      key: K,
      same = equal,
    ): void => {
      const store = (v: R[K]): void => {
        record[key] = v;
      };
      consider(name, next, record[key], store, same);
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
    considerField("FileName", p.FileName, file, "fileName");
    considerField("FileDescription", p.FileDescription, file, "description");
    considerField("Content", p.Content, file, "content");
    considerField("Owner", p.Owner, file, "owner");
    considerField("ConnectionName", p.ConnectionName, file, "connectionName");
    considerField("AutoParsing", p.AutoParsing, file, "autoParsing");
    considerField("AdvancedSettings", p.AdvancedSettings, file, "advancedSettings", sameJson);
    considerField("AutoRerunTimes", p.AutoRerunTimes, config, "autoRerunTimes");
    considerField(
      "AutoRerunIntervalMillis",
      p.AutoRerunIntervalMillis,
      config,
      "autoRerunIntervalMillis",
    );
    considerField("RerunMode", p.RerunMode, config, "rerunMode");
    considerField("Stop", p.Stop, config, "stop");
    considerField("ParaValue", p.ParaValue, config, "paraValue");
    considerField("StartEffectDate", p.StartEffectDate, config, "startEffectDate");
    considerField("EndEffectDate", p.EndEffectDate, config, "endEffectDate");
    considerField(
      "CronExpress",
      p.CronExpress === undefined ? undefined : schedule?.cronExpress,
      config,
      "cronExpress",
    );
    considerField("CycleType", p.CycleType, config, "cycleType");
    considerField("DependentType", p.DependentType, config, "dependentType");
    considerField(
      "DependentNodeIdList",
      p.DependentNodeIdList,
      config,
      "dependentNodeIdList",
      (a, b) => equal(splitList(a), splitList(b)),
    );
    considerField(
      "InputList",
      p.InputList === undefined ? undefined : splitList(p.InputList),
      config,
      "inputList",
    );
    considerField(
      "OutputList",
      p.OutputList === undefined ? undefined : splitList(p.OutputList),
      config,
      "outputList",
    );
    considerField(
      "ResourceGroupIdentifier",
      p.ResourceGroupIdentifier,
      config,
      "resourceGroupIdentifier",
    );
    considerField("SchedulerType", p.SchedulerType, config, "schedulerType");
    considerField("StartImmediately", p.StartImmediately, config, "startImmediately");
    considerField("InputParameters", p.InputParameters, config, "inputParameters", sameJson);
    considerField("OutputParameters", p.OutputParameters, config, "outputParameters", sameJson);

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
