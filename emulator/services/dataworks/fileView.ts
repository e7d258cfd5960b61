import { z } from "zod";
import type { DataWorksContext } from "./context";
import { invalidParam } from "./errors";
import { deletedStatus, productionVersion, versionStatus } from "./fileStatus";
import { businessOfPath, folderPathOf } from "./folderTree";
import type { FileRecord, FileVersionRecord, NodeConfigurationRecord } from "./model";

/** Response shapes of files and file versions (spec §3.1.3, §3.1.5, §3.1.11), built from records. */

/** Drops undefined members so absent values are absent on the wire (not `null`). */
export function compact(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

const InputParametersSchema = z.array(
  z.object({ ParameterName: z.string(), ValueSource: z.string() }),
);
const OutputParametersSchema = z.array(
  z.object({
    ParameterName: z.string(),
    Value: z.string(),
    Type: z.union([z.number(), z.string()]),
    Description: z.string().optional(),
  }),
);
const AdvancedSettingsSchema = z.record(z.string(), z.unknown());

/** Checks the JSON-text parameters of CreateFile/UpdateFile (§2.4) and returns them unchanged. */
export function checkJsonParam(
  name: "InputParameters" | "OutputParameters" | "AdvancedSettings",
  text: string,
): string {
  const schema =
    name === "InputParameters"
      ? InputParametersSchema
      : name === "OutputParameters"
        ? OutputParametersSchema
        : AdvancedSettingsSchema;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidParam(`${name} must be JSON`);
  }
  if (!schema.safeParse(parsed).success)
    throw invalidParam(`${name} does not have the documented structure`);
  return text;
}

/** `Data.File` of GetFile (with `DeletedStatus`, `AdvancedSettings`) or a `Files` item of ListFiles (with `FileId`). */
export function fileView(
  ctx: DataWorksContext,
  file: FileRecord,
  shape: "get" | "list",
): Record<string, unknown> {
  const business = businessOfPath(ctx, file.projectId, folderPathOf(ctx, file));
  const common = {
    CommitStatus: file.commitStatus,
    AutoParsing: file.autoParsing ?? false,
    Owner: file.owner,
    CreateTime: file.createTime,
    FileType: file.fileType,
    CurrentVersion: lastVersionNumber(file),
    BizId: business?.businessId,
    LastEditUser: file.lastEditUser,
    FileName: file.fileName,
    ConnectionName: file.connectionName,
    UseType: file.useType,
    FileFolderId: file.folderId,
    ParentId: -1,
    CreateUser: file.createUser,
    IsMaxCompute: false,
    BusinessId: business?.businessId,
    FileDescription: file.description,
    LastEditTime: file.lastEditTime,
    Content: file.content,
    NodeId: file.nodeId,
  };
  return shape === "get"
    ? compact({
        ...common,
        DeletedStatus: deletedStatus(ctx, file),
        AdvancedSettings: file.advancedSettings,
      })
    : compact({ ...common, FileId: file.fileId });
}

function lastVersionNumber(file: FileRecord): number {
  return file.versions[file.versions.length - 1]?.version ?? 0;
}

/** `Data.NodeConfiguration` of GetFile; list-valued fields are arrays (§0.2). */
export function nodeConfigurationView(config: NodeConfigurationRecord): Record<string, unknown> {
  return compact({
    RerunMode: config.rerunMode,
    SchedulerType: config.schedulerType,
    Stop: config.stop,
    ParaValue: config.paraValue,
    StartEffectDate: config.startEffectDate,
    EndEffectDate: config.endEffectDate,
    CycleType: config.cycleType,
    DependentNodeIdList: config.dependentNodeIdList,
    ResourceGroupId: config.resourceGroupId ?? resourceGroupIdOf(config.resourceGroupIdentifier),
    DependentType: config.dependentType,
    AutoRerunTimes: config.autoRerunTimes,
    AutoRerunIntervalMillis: config.autoRerunIntervalMillis,
    CronExpress: config.cronExpress,
    InputList: config.inputList.map((input) => ({ Input: input, ParseType: "MANUAL" })),
    OutputList: config.outputList.map((output) => ({
      Output: output,
      RefTableName: output.split(".").pop() ?? output,
    })),
    StartImmediately: config.startImmediately,
    InputParameters:
      config.inputParameters === undefined
        ? []
        : InputParametersSchema.parse(JSON.parse(config.inputParameters)),
    // `Type` is typed String in the response table (§3.1.3, §6 q21), whatever form the request used.
    OutputParameters:
      config.outputParameters === undefined
        ? []
        : OutputParametersSchema.parse(JSON.parse(config.outputParameters)).map((p) =>
            compact({ ...p, Type: String(p.Type) }),
          ),
  });
}

/** GetFile returns `ResourceGroupId` only (§4.8); group identifiers look like `group_<id>`. */
function resourceGroupIdOf(identifier: string | undefined): number | undefined {
  const match = identifier === undefined ? null : /^group_(\d+)$/.exec(identifier);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** A `FileVersion` item (§3.1.11) / `Data` of GetFileVersion (§3.1.12). */
export function fileVersionView(
  ctx: DataWorksContext,
  file: FileRecord,
  v: FileVersionRecord,
): Record<string, unknown> {
  return compact({
    ChangeType: v.changeType,
    Comment: v.comment,
    CommitTime: v.commitTime,
    CommitUser: v.commitUser,
    FileContent: v.fileContent,
    FileName: v.fileName,
    FilePropertyContent: v.filePropertyContent,
    FileVersion: v.version,
    IsCurrentProd: productionVersion(ctx, file) === v.version,
    NodeContent: v.nodeContent,
    NodeId: file.nodeId,
    Status: versionStatus(ctx, v),
    UseType: v.useType,
  });
}

/** The JSON texts a version snapshots (§3.1.11: `FilePropertyContent`, `NodeContent` with the numeric enums of §2.4). */
export function snapshotTexts(
  ctx: DataWorksContext,
  file: FileRecord,
): { filePropertyContent: string; nodeContent: string } {
  const c = file.config;
  return {
    filePropertyContent: JSON.stringify(
      compact({
        fileName: file.fileName,
        fileType: file.fileType,
        fileDescription: file.description,
        fileFolderPath: folderPathOf(ctx, file),
        owner: file.owner,
        connectionName: file.connectionName,
      }),
    ),
    nodeContent: JSON.stringify(
      compact({
        cycleType: CYCLE_TYPE_CODES[c.cycleType],
        cronExpress: c.cronExpress,
        dependentType: DEPENDENT_TYPE_CODES[c.dependentType],
        dependentNodeIds: c.dependentNodeIdList,
        schedulerType: c.schedulerType,
        rerunMode: c.rerunMode,
        paraValue: c.paraValue,
        taskRerunTime: c.autoRerunTimes,
        taskRerunInterval: c.autoRerunIntervalMillis,
        startEffectDate: c.startEffectDate,
        endEffectDate: c.endEffectDate,
        resGroupIdentifier: c.resourceGroupIdentifier,
        inputs: c.inputList,
        outputs: c.outputList,
      }),
    ),
  };
}

/** Internal numeric encodings (spec §2.4, 000 §5.39). */
const CYCLE_TYPE_CODES: Record<string, number> = { DAY: 0, NOT_DAY: 1 };
const DEPENDENT_TYPE_CODES: Record<string, number> = { NONE: 0, USER_DEFINE: 1, CHILD: 2, SELF: 3 };
