/**
 * Input and answer pieces shared by the file operations (spec/dataworks.md §2.4, §3.1.1 – §3.1.5).
 */
import { z } from "zod";
import { wireObject } from "./camelKeys";
import {
  CommitStatus,
  CycleType,
  DeletedStatus,
  DependentType,
  FileType,
  FileUseType,
  OutputParameterType,
  ParseType,
  RerunMode,
  SchedulerType,
  commaList,
  idInput,
  text,
} from "./schemas";
import {
  arrayOf,
  epochMillis,
  jsonObjectText,
  optional,
  stringOrNumber,
  wireInt,
  wireLong,
} from "./wireScalars";

// ---- Inputs ----

/** One element of a comma-separated list parameter: it cannot itself contain a comma. */
const listItem = text.refine((value) => !value.includes(","), {
  error: "must not contain a comma",
});

/** `{ParameterName, ValueSource}`; `ValueSource` is `<project>.<node>:<outputParameter>` (§2.4). */
export const InputParameterInput = z.object({ parameterName: text, valueSource: text });
export type InputParameterInput = z.infer<typeof InputParameterInput>;

/** `{ParameterName, Value, Type, Description}`; `Type` 1 constant, 2 variable, 3 pass-through. */
export const OutputParameterInput = z.object({
  parameterName: text,
  value: z.string(),
  type: OutputParameterType,
  description: z.string().optional(),
});
export type OutputParameterInput = z.infer<typeof OutputParameterInput>;

/** Node-context parameters are JSON text on the wire, with the PascalCase keys of the examples. */
function contextParameters<S extends z.ZodObject>(item: S) {
  return z
    .array(item)
    .readonly()
    .transform((items) =>
      JSON.stringify(
        items.map((entry) =>
          Object.fromEntries(
            Object.entries(entry as Record<string, unknown>)
              .filter(([, value]) => value !== undefined)
              .map(([key, value]) => [key.charAt(0).toUpperCase() + key.slice(1), value]),
          ),
        ),
      ),
    );
}

/**
 * The flat scheduling parameters that CreateFile and UpdateFile share (§2.4, §3.1.1, §3.1.2), as
 * typed values: lists as arrays (sent comma-separated), JSON parameters as objects (sent as text).
 */
export const fileSettingsInput = {
  fileDescription: z.string().optional(),
  owner: text.optional(),
  content: z.string().optional(),
  /** Retries on error, max 10 (§2.4). */
  autoRerunTimes: z.number().int().min(0).max(10).optional(),
  /** Milliseconds between retries, max 1,800,000 (30 min) (§2.4). */
  autoRerunIntervalMillis: z.number().int().min(0).max(1_800_000).optional(),
  rerunMode: RerunMode.optional(),
  stop: z.boolean().optional(),
  /** Space-separated `k=v` pairs, e.g. `a=x b=y`. */
  paraValue: z.string().optional(),
  startEffectDate: z.number().int().optional(),
  endEffectDate: z.number().int().optional(),
  /** Seconds-first cron; min interval 5 minutes, earliest run 00:05 (§2.4). */
  cronExpress: text.optional(),
  cycleType: CycleType.optional(),
  dependentType: DependentType.optional(),
  /** Node IDs depended on in the previous cycle; meaningful only with `USER_DEFINE`. */
  dependentNodeIdList: commaList(idInput).optional(),
  /** Output names of upstream nodes (same-cycle dependencies), e.g. `dw_project_root`. */
  inputList: commaList(listItem).optional(),
  resourceGroupIdentifier: text.optional(),
  connectionName: text.optional(),
  autoParsing: z.boolean().optional(),
  schedulerType: SchedulerType.optional(),
  /** EMR Spark Streaming / EMR Streaming SQL only; sent as JSON text. */
  advancedSettings: z
    .record(z.string(), z.unknown())
    .transform((settings) => JSON.stringify(settings))
    .optional(),
  startImmediately: z.boolean().optional(),
  inputParameters: contextParameters(InputParameterInput).optional(),
  outputParameters: contextParameters(OutputParameterInput).optional(),
};

// ---- Answers ----

/** `DependentNodeIdList` comes back as `5,10,15,20`; read as node IDs. */
const nodeIdListText = z.string().transform((value, ctx) => {
  const parts = value
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (parts.some((part) => !/^\d+$/.test(part))) {
    ctx.addIssue({ code: "custom", message: "expected comma-separated node IDs" });
    return z.NEVER;
  }
  return parts.map(Number);
});

/** `AdvancedSettings` is JSON text; an empty string means "not set". */
const advancedSettingsText = z.union([
  z.literal("").transform(() => undefined),
  jsonObjectText,
]);

/** Fields common to GetFile `Data.File` and ListFiles `Data.Files[]` (§3.1.3, §3.1.5). */
const fileFields = {
  FileName: z.string(),
  FileType: FileType,
  CommitStatus: optional(CommitStatus),
  AutoParsing: optional(z.boolean()),
  Owner: optional(z.string()),
  CreateTime: optional(epochMillis),
  CurrentVersion: optional(wireInt),
  /** Deprecated alias of `BusinessId`. */
  BizId: optional(wireLong),
  /** Typed String, printed as a number in the ListFiles example (§3.1.5). */
  LastEditUser: optional(stringOrNumber),
  ConnectionName: optional(z.string()),
  UseType: optional(FileUseType),
  FileFolderId: optional(z.string()),
  /** File ID of the enclosing combined node, or -1. */
  ParentId: optional(wireLong),
  CreateUser: optional(stringOrNumber),
  IsMaxCompute: optional(z.boolean()),
  BusinessId: optional(wireLong),
  FileDescription: optional(z.string()),
  LastEditTime: optional(epochMillis),
  Content: optional(z.string()),
  /** Scheduling node ID, created by the first SubmitFile. */
  NodeId: optional(wireLong),
};

/** GetFile `Data.File` (no `FileId`: the caller addressed it). */
export const FileDetails = wireObject({
  ...fileFields,
  /** `RECYCLE` in the example is read as `RECYCLE_BIN`; anything but `NORMAL` means gone (§4.5). */
  DeletedStatus: optional(DeletedStatus),
  AdvancedSettings: optional(advancedSettingsText),
});
export type FileDetails = z.output<typeof FileDetails>;

/** ListFiles `Data.Files[]`: no `DeletedStatus`, no scheduling configuration. */
export const FileSummary = wireObject({ FileId: wireLong, ...fileFields });
export type FileSummary = z.output<typeof FileSummary>;

/** `OutputParameters[].Type` is typed String (`"1"`) but printed as a number (§3.1.3, §6.21). */
const outputParameterTypeQuirk = z.union([
  OutputParameterType,
  z.enum(["1", "2", "3"]).transform(Number).pipe(OutputParameterType),
]);

/** GetFile `Data.NodeConfiguration` (§3.1.3). */
export const NodeConfiguration = wireObject({
  RerunMode: optional(RerunMode),
  SchedulerType: optional(SchedulerType),
  Stop: optional(z.boolean()),
  ParaValue: optional(z.string()),
  StartEffectDate: optional(epochMillis),
  EndEffectDate: optional(epochMillis),
  CycleType: optional(CycleType),
  DependentNodeIdList: optional(nodeIdListText),
  /**
   * Deprecated numeric ID. `ResourceGroupIdentifier` is not returned by this API version (§4.8):
   * keep the identifier from the input and do not diff it.
   */
  ResourceGroupId: optional(wireLong),
  DependentType: optional(DependentType),
  AutoRerunTimes: optional(wireInt),
  AutoRerunIntervalMillis: optional(wireInt),
  CronExpress: optional(z.string()),
  InputList: optional(
    arrayOf(wireObject({ Input: z.string(), ParseType: optional(ParseType) })),
  ),
  OutputList: optional(
    arrayOf(wireObject({ Output: z.string(), RefTableName: optional(z.string()) })),
  ),
  StartImmediately: optional(z.boolean()),
  InputParameters: optional(
    arrayOf(wireObject({ ParameterName: z.string(), ValueSource: z.string() })),
  ),
  OutputParameters: optional(
    arrayOf(
      wireObject({
        ParameterName: z.string(),
        Value: z.string(),
        Type: outputParameterTypeQuirk,
        Description: optional(z.string()),
      }),
    ),
  ),
});
export type NodeConfiguration = z.output<typeof NodeConfiguration>;
