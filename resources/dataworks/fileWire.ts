import equal from "fast-deep-equal";
import type { CreateFileInput, FileWithConfiguration, UpdateFileInput } from "../../provider";
import type { FileInputs } from "./fileInputs";

/**
 * Pure translations between the resource's inputs and the typed DataWorks file operations
 * (spec/dataworks.md §3.1.1 – §3.1.3): what CreateFile and UpdateFile are sent, and what GetFile
 * reports, in the input's form.
 */

/** Input fields that are parameters of UpdateFile, with their typed-operation names (§3.1.2). */
export const UPDATE_FILE_PARAMS = {
  folderPath: "fileFolderPath",
  fileName: "fileName",
  description: "fileDescription",
  content: "content",
  owner: "owner",
  connectionName: "connectionName",
  autoParsing: "autoParsing",
  schedulerType: "schedulerType",
  cronExpress: "cronExpress",
  cycleType: "cycleType",
  rerunMode: "rerunMode",
  autoRerunTimes: "autoRerunTimes",
  autoRerunIntervalMillis: "autoRerunIntervalMillis",
  stop: "stop",
  paraValue: "paraValue",
  startEffectDate: "startEffectDate",
  endEffectDate: "endEffectDate",
  dependentType: "dependentType",
  dependentNodeIds: "dependentNodeIdList",
  inputList: "inputList",
  outputList: "outputList",
  inputParameters: "inputParameters",
  outputParameters: "outputParameters",
  resourceGroupIdentifier: "resourceGroupIdentifier",
  advancedSettings: "advancedSettings",
  startImmediately: "startImmediately",
} as const satisfies Partial<Record<keyof FileInputs, keyof UpdateFileInput>>;

export type UpdatableField = keyof typeof UPDATE_FILE_PARAMS;

/** The subset of UpdateFile's parameters that CreateFile takes too (no OutputList, §3.1.1). */
const CREATE_ONLY_EXCLUDED: ReadonlySet<UpdatableField> = new Set(["outputList"]);

/**
 * The workspace root's output (`<ProjectIdentifier>_root`, §2.4 inference from the examples): the
 * upstream of a node that names none, because CreateFile requires `InputList` (§3.1.1, §6 q12).
 */
export function rootOutputOf(projectIdentifier: string): string {
  return `${projectIdentifier}_root`;
}

export function createFileRequest(inputs: FileInputs, projectIdentifier: string): CreateFileInput {
  const request: Record<string, unknown> = {
    projectId: inputs.projectId,
    fileType: inputs.fileType,
    inputList: inputs.inputList ?? [rootOutputOf(projectIdentifier)],
  };
  for (const [field, param] of Object.entries(UPDATE_FILE_PARAMS) as [UpdatableField, string][]) {
    if (CREATE_ONLY_EXCLUDED.has(field) || field === "inputList") continue;
    const value = inputs[field];
    if (value !== undefined) request[param] = value;
  }
  return request as CreateFileInput;
}

/** Everything GetFile reports that the inputs can set, in the input's form (§3.1.3). */
export function liveInputForm(
  live: FileWithConfiguration,
  folderPath: string,
): Partial<FileInputs> {
  const { file, nodeConfiguration: node } = live;
  const form: Partial<FileInputs> = {
    folderPath,
    fileName: file.fileName,
    fileType: file.fileType,
    description: file.fileDescription,
    content: file.content,
    owner: file.owner,
    connectionName: file.connectionName,
    autoParsing: file.autoParsing,
    advancedSettings: file.advancedSettings,
    schedulerType: node.schedulerType,
    cronExpress: node.cronExpress,
    cycleType: node.cycleType,
    rerunMode: node.rerunMode,
    autoRerunTimes: node.autoRerunTimes,
    autoRerunIntervalMillis: node.autoRerunIntervalMillis,
    stop: node.stop,
    paraValue: node.paraValue,
    startEffectDate: node.startEffectDate,
    endEffectDate: node.endEffectDate,
    dependentType: node.dependentType,
    dependentNodeIds: node.dependentNodeIdList,
    inputList: node.inputList?.map((item) => item.input),
    outputList: node.outputList?.map((item) => item.output),
    inputParameters: node.inputParameters,
    outputParameters: node.outputParameters?.map((item) => ({
      parameterName: item.parameterName,
      value: item.value,
      type: item.type,
      ...(item.description === undefined ? {} : { description: item.description }),
    })),
    startImmediately: node.startImmediately,
  };
  return form;
}

/**
 * The fields the program manages: those it sets. A field the program leaves out is the service's
 * business (its default, or whatever the console sets) and is neither reported nor compared, so an
 * unset optional field never shows as drift.
 */
export function managedOnly(
  form: Partial<FileInputs>,
  template: Partial<Record<keyof FileInputs, unknown>>,
): Partial<FileInputs> {
  const managed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    if (template[key as keyof FileInputs] !== undefined && value !== undefined)
      managed[key] = value;
  }
  return managed as Partial<FileInputs>;
}

/**
 * The UpdateFile request for the changed fields whose new value differs from the live one, or
 * undefined when nothing differs. Every sent parameter must differ from the file's current
 * configuration or the call fails as invalid (§3.1.2, §4.4), so the comparison is with what GetFile
 * just reported, not with the last outputs. `AutoRerunTimes` is required on every call (§3.1.2):
 * the live value is sent when it does not change.
 */
export function updateFileRequest(
  projectId: number,
  fileId: number,
  news: FileInputs,
  changed: readonly string[],
  live: Partial<FileInputs>,
): UpdateFileInput | undefined {
  const request: Record<string, unknown> = { projectId, fileId };
  let differs = false;
  for (const field of changed) {
    if (!(field in UPDATE_FILE_PARAMS)) continue;
    const value = news[field as UpdatableField];
    // A field removed from the program is left as it is: it is no longer managed.
    if (value === undefined || equal(value, live[field as UpdatableField])) continue;
    request[UPDATE_FILE_PARAMS[field as UpdatableField]] = value;
    differs = true;
  }
  if (!differs) return undefined;
  request.autoRerunTimes ??= live.autoRerunTimes ?? WORKSPACE_DEFAULT_RERUN_TIMES;
  return request as UpdateFileInput;
}

/**
 * The live file in the input's form once UpdateFile `request` has been applied to the file `live`
 * reported: every sent parameter is now the file's value (§3.1.2, §4.4), so the steps after the
 * update know the file without reading it again.
 */
export function formAfterUpdate(
  live: Partial<FileInputs>,
  request: UpdateFileInput | undefined,
): Partial<FileInputs> {
  if (request === undefined) return live;
  const sent = request as unknown as Record<string, unknown>;
  const form: Record<string, unknown> = { ...live };
  for (const [field, param] of Object.entries(UPDATE_FILE_PARAMS)) {
    if (sent[param] !== undefined) form[field] = sent[param];
  }
  return form as Partial<FileInputs>;
}

/**
 * Sent as the required `AutoRerunTimes` only when GetFile reports none: the workspace default of
 * GetProject's `SchedulerMaxRetryTimes` example (§3.6.1).
 */
const WORKSPACE_DEFAULT_RERUN_TIMES = 3;

/** The outputs' form of the live file: what the program manages, read back from the service. */
export function liveFields(
  live: FileWithConfiguration,
  folderPath: string,
  template: Partial<Record<keyof FileInputs, unknown>>,
  projectId: number,
): FileInputs {
  const managed = managedOnly(liveInputForm(live, folderPath), template);
  const { submit, deploy } = template as Pick<FileInputs, "submit" | "deploy">;
  return {
    ...managed,
    projectId,
    folderPath,
    fileName: live.file.fileName,
    fileType: live.file.fileType,
    ...(submit === undefined ? {} : { submit }),
    ...(deploy === undefined ? {} : { deploy }),
    ...(template.resourceGroupIdentifier === undefined
      ? {}
      : { resourceGroupIdentifier: template.resourceGroupIdentifier as string }),
  } as FileInputs;
}
