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
    const setConfig =
      <K extends keyof NodeConfigurationRecord>(key: K) =>
      (v: NodeConfigurationRecord[K]): void => {
        config[key] = v;
      };
    const setFile =
      <K extends keyof FileRecord>(key: K) =>
      (v: FileRecord[K]): void => {
        file[key] = v;
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
    consider("FileName", p.FileName, file.fileName, setFile("fileName"));
    consider("FileDescription", p.FileDescription, file.description, setFile("description"));
    consider("Content", p.Content, file.content, setFile("content"));
    consider("Owner", p.Owner, file.owner, setFile("owner"));
    consider("ConnectionName", p.ConnectionName, file.connectionName, setFile("connectionName"));
    consider("AutoParsing", p.AutoParsing, file.autoParsing, setFile("autoParsing"));
    consider(
      "AdvancedSettings",
      p.AdvancedSettings,
      file.advancedSettings,
      setFile("advancedSettings"),
      sameJson,
    );
    consider(
      "AutoRerunTimes",
      p.AutoRerunTimes,
      config.autoRerunTimes,
      setConfig("autoRerunTimes"),
    );
    consider(
      "AutoRerunIntervalMillis",
      p.AutoRerunIntervalMillis,
      config.autoRerunIntervalMillis,
      setConfig("autoRerunIntervalMillis"),
    );
    consider("RerunMode", p.RerunMode, config.rerunMode, setConfig("rerunMode"));
    consider("Stop", p.Stop, config.stop, setConfig("stop"));
    consider("ParaValue", p.ParaValue, config.paraValue, setConfig("paraValue"));
    consider(
      "StartEffectDate",
      p.StartEffectDate,
      config.startEffectDate,
      setConfig("startEffectDate"),
    );
    consider("EndEffectDate", p.EndEffectDate, config.endEffectDate, setConfig("endEffectDate"));
    consider(
      "CronExpress",
      p.CronExpress === undefined ? undefined : schedule?.cronExpress,
      config.cronExpress,
      setConfig("cronExpress"),
    );
    consider("CycleType", p.CycleType, config.cycleType, setConfig("cycleType"));
    consider("DependentType", p.DependentType, config.dependentType, setConfig("dependentType"));
    consider(
      "DependentNodeIdList",
      p.DependentNodeIdList,
      config.dependentNodeIdList,
      setConfig("dependentNodeIdList"),
      (a, b) => equal(splitList(a), splitList(b)),
    );
    consider(
      "InputList",
      p.InputList === undefined ? undefined : splitList(p.InputList),
      config.inputList,
      setConfig("inputList"),
    );
    consider(
      "OutputList",
      p.OutputList === undefined ? undefined : splitList(p.OutputList),
      config.outputList,
      setConfig("outputList"),
    );
    consider(
      "ResourceGroupIdentifier",
      p.ResourceGroupIdentifier,
      config.resourceGroupIdentifier,
      setConfig("resourceGroupIdentifier"),
    );
    consider("SchedulerType", p.SchedulerType, config.schedulerType, setConfig("schedulerType"));
    consider(
      "StartImmediately",
      p.StartImmediately,
      config.startImmediately,
      setConfig("startImmediately"),
    );
    consider(
      "InputParameters",
      p.InputParameters,
      config.inputParameters,
      setConfig("inputParameters"),
      sameJson,
    );
    consider(
      "OutputParameters",
      p.OutputParameters,
      config.outputParameters,
      setConfig("outputParameters"),
      sameJson,
    );

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
