import {
  DEFAULT_AUTO_RERUN_INTERVAL_MS,
  DEFAULT_AUTO_RERUN_TIMES,
  EMULATOR_USER_ID,
} from "./constants";
import type { DataWorksContext } from "./context";
import { DEFAULT_CRON } from "./fileParams";
import { indexFileName } from "./fileNameIndex";
import { businessOfPath } from "./folderTree";
import type {
  FileRecord,
  FolderRecord,
  NodeConfigurationRecord,
  ProjectRecord,
  UdfRecord,
} from "./model";
import { allocateId } from "./model";

export interface NewFileFields {
  readonly fileName: string;
  readonly fileType: number;
  readonly description?: string;
  readonly content?: string;
  readonly owner?: string;
  readonly connectionName?: string;
  readonly autoParsing?: boolean;
  readonly advancedSettings?: string;
  readonly config?: Partial<NodeConfigurationRecord>;
  readonly udf?: UdfRecord;
}

/**
 * Stores a new DataStudio file (CreateFile, CreateUdfFile). Defaults: owner = the caller (§3.1.1),
 * rerun settings = the workspace's scheduler defaults (§3.6.1), daily at 00:05, no cross-cycle
 * dependency, output `<ProjectIdentifier>.<FileName>` (§6 q11). A file under a manual business flow
 * gets `UseType` MANUAL_BIZ and `SchedulerType` MANUAL (§2.4, §6 q14).
 */
export function newFile(
  ctx: DataWorksContext,
  project: ProjectRecord,
  folder: FolderRecord,
  fields: NewFileFields,
): FileRecord {
  const manual = businessOfPath(ctx, project.projectId, folder.path)?.useType === "MANUAL_BIZ";
  const now = ctx.now();
  const config: NodeConfigurationRecord = {
    rerunMode: "ALL_ALLOWED",
    schedulerType: manual ? "MANUAL" : "NORMAL",
    stop: false,
    cycleType: "DAY",
    cronExpress: DEFAULT_CRON.DAY,
    dependentType: "NONE",
    autoRerunTimes: DEFAULT_AUTO_RERUN_TIMES,
    autoRerunIntervalMillis: DEFAULT_AUTO_RERUN_INTERVAL_MS,
    inputList: [],
    outputList: [`${project.identifier}.${fields.fileName}`],
    ...withoutUndefined(fields.config ?? {}),
  };
  const fileId = allocateId(ctx.state, "file");
  const file: FileRecord = {
    fileId,
    projectId: project.projectId,
    folderId: folder.folderId,
    fileName: fields.fileName,
    fileType: fields.fileType,
    description: fields.description ?? "",
    content: fields.content ?? "",
    owner: fields.owner ?? EMULATOR_USER_ID,
    createUser: EMULATOR_USER_ID,
    lastEditUser: EMULATOR_USER_ID,
    createTime: now,
    lastEditTime: now,
    useType: manual ? "MANUAL_BIZ" : "NORMAL",
    config,
    commitStatus: 0,
    versions: [],
  };
  if (fields.connectionName !== undefined) file.connectionName = fields.connectionName;
  if (fields.autoParsing !== undefined) file.autoParsing = fields.autoParsing;
  if (fields.advancedSettings !== undefined) file.advancedSettings = fields.advancedSettings;
  if (fields.udf !== undefined) file.udf = fields.udf;
  ctx.state.files[String(fileId)] = file;
  indexFileName(ctx.state.files, file);
  return file;
}

/** Keeps stored records free of `undefined` members (they must stay plain JSON). */
export function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
