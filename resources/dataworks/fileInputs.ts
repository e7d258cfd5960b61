import { z } from "zod";
import type { FieldPolicy } from "../framework/fieldPolicy";

/**
 * The inputs of `dataworks.File`, described once: every CreateFile/UpdateFile field of
 * spec/dataworks.md §3.1.1 – §3.1.2 (scheduling fields §2.4) in a typed, normalised form (lists as
 * arrays, JSON parameters as objects, dates as epoch milliseconds), plus the lifecycle switches
 * `submit` and `deploy` (§4.2).
 */

/** The data-integration node type: CreateFile cannot create it (§2.2, §3.1.1). */
export const DATA_INTEGRATION_FILE_TYPE = 23;

/** The first segment of every DataStudio path (§2.5). */
export const BUSINESS_FLOW_ROOT = "业务流程";

const text = z.string().trim().min(1);

/** A list item is sent inside a comma-separated parameter (§2.4), so it cannot hold a comma. */
const listItem = text.refine((item) => !item.includes(","), { error: "must not contain a comma" });

/** `业务流程/<business flow>/<category>/<folders…>` (§2.5); extra and surrounding slashes dropped. */
const folderPath = z
  .string()
  .transform((path) =>
    path
      .split("/")
      .map((segment) => segment.trim())
      .filter((segment) => segment !== "")
      .join("/"),
  )
  .refine((path) => path.split("/")[0] === BUSINESS_FLOW_ROOT && path.split("/").length >= 3, {
    error: `must look like ${BUSINESS_FLOW_ROOT}/<business flow>/<category>/… (spec §2.5)`,
  });

/** Epoch milliseconds (§2.4 `StartEffectDate`), or an ISO date (`2025-01-31`, UTC) or date-time. */
const epochMillis = z.union([
  z.number().int().nonnegative(),
  z.iso.date().transform((day) => Date.parse(`${day}T00:00:00Z`)),
  z.iso.datetime({ offset: true }).transform((instant) => Date.parse(instant)),
]);

/** Seconds-first cron (§2.4); runs of blanks are collapsed, as the service stores one blank. */
const cronExpress = text
  .transform((cron) => cron.split(/\s+/).join(" "))
  .refine((cron) => [6, 7].includes(cron.split(" ").length), {
    error: "must have six (or seven) fields, seconds first, e.g. `00 05 00 * * ?` (spec §2.4)",
  });

export const FILE_FIELDS = {
  /** Workspace (ProjectId, §1.5). Replaces: a file cannot move between workspaces (§4.4). */
  projectId: z.number().int().positive(),
  /** FileFolderPath; the business flow is its second segment. Moves in place (§4.2). */
  folderPath,
  /** FileName; renames in place (§3.1.2). */
  fileName: text,
  /** FileType code (§2.2). Replaces: UpdateFile has no FileType (§4.4). */
  fileType: z
    .number()
    .int()
    .positive()
    .refine((type) => type !== DATA_INTEGRATION_FILE_TYPE, {
      error:
        "CreateFile cannot create data-integration (23) nodes; they need CreateDISyncTask (spec §2.2)",
    }),
  description: z.string().optional(),
  content: z.string().optional(),
  /** Alibaba Cloud user ID; the service defaults it to the caller (§3.1.1). */
  owner: text.optional(),
  /** Data source used at run time, e.g. `odps_first`. */
  connectionName: text.optional(),
  autoParsing: z.boolean().optional(),
  schedulerType: z.enum(["NORMAL", "MANUAL", "PAUSE", "SKIP"]).optional(),
  cronExpress: cronExpress.optional(),
  cycleType: z.enum(["DAY", "NOT_DAY"]).optional(),
  rerunMode: z.enum(["ALL_ALLOWED", "FAILURE_ALLOWED", "ALL_DENIED"]).optional(),
  /** At most 10 (§2.4). */
  autoRerunTimes: z.number().int().min(0).max(10).optional(),
  /** At most 1,800,000 ms = 30 minutes (§2.4). */
  autoRerunIntervalMillis: z.number().int().min(0).max(1_800_000).optional(),
  /** Pauses scheduling. */
  stop: z.boolean().optional(),
  /** Scheduling parameters, space-separated `k=v` pairs. */
  paraValue: z.string().optional(),
  startEffectDate: epochMillis.optional(),
  endEffectDate: epochMillis.optional(),
  dependentType: z.enum(["SELF", "CHILD", "USER_DEFINE", "NONE"]).optional(),
  /** DependentNodeIdList: previous-cycle node IDs, with `dependentType: USER_DEFINE` (§2.4). */
  dependentNodeIds: z.array(z.number().int().positive()).optional(),
  /** InputList: upstream outputs; CreateFile needs one (§3.1.1), default `<ws>_root` (§2.4). */
  inputList: z.array(listItem).min(1).optional(),
  /** OutputList: this node's outputs; UpdateFile only (§3.1.1, §3.1.2): set after CreateFile. */
  outputList: z.array(listItem).min(1).optional(),
  inputParameters: z.array(z.strictObject({ parameterName: text, valueSource: text })).optional(),
  outputParameters: z
    .array(
      z.strictObject({
        parameterName: text,
        value: z.string(),
        /** 1 constant, 2 variable, 3 pass-through of a parameter node (§2.4). */
        type: z.literal([1, 2, 3]),
        description: z.string().optional(),
      }),
    )
    .optional(),
  /** Not returned by GetFile (§4.8): kept as configured, never compared with the service. */
  resourceGroupIdentifier: text.optional(),
  /** EMR Spark Streaming / EMR Streaming SQL only (§2.4); sent as JSON text. */
  advancedSettings: z.record(z.string(), z.unknown()).optional(),
  startImmediately: z.boolean().optional(),
  /** Submit after every change (SubmitFile, §3.1.6). Default true. */
  submit: z.boolean().optional(),
  /** Deploy to production after submitting (DeployFile, §3.1.7). Default: true in standard mode. */
  deploy: z.boolean().optional(),
};

const FileInputsSchema = z.object(FILE_FIELDS);
export type FileInputs = z.output<typeof FileInputsSchema>;

export type WorkspaceMode = "standard" | "simple";

/** What the service assigns or reports, besides the inputs. */
export interface FileComputed {
  fileId: number;
  /** Scheduling node, created by the first submit (§4.1). */
  nodeId?: number;
  /** 0 the latest code is saved but not submitted, 1 submitted (§2.6). */
  commitStatus: 0 | 1;
  /** The newest version number (GetFile `CurrentVersion`). */
  currentVersion?: number;
  /** The newest version live in production (ListFileVersions `IsCurrentProd`, §3.1.11). */
  deployedVersion?: number;
  lastDeploymentId?: number;
  /** `pending` when the wait for it ended before the package finished (timeout). */
  lastDeploymentStatus?: "success" | "failed" | "pending";
  businessId?: number;
  /** GetFile `FileFolderId`; set once the file has been read back. */
  folderId?: string;
  /** GetProject `ProjectMode` (§3.6.1): 3 standard, 2 simple. */
  workspaceMode: WorkspaceMode;
  projectIdentifier: string;
}

export type FileOutputs = FileInputs & FileComputed;

export const FILE_COMPUTED = [
  "fileId",
  "nodeId",
  "commitStatus",
  "currentVersion",
  "deployedVersion",
  "lastDeploymentId",
  "lastDeploymentStatus",
  "businessId",
  "folderId",
  "workspaceMode",
  "projectIdentifier",
] as const satisfies readonly (keyof FileComputed)[];

/** §4.4: FileType and the workspace replace; everything else changes in place. */
export const FILE_POLICY: FieldPolicy<FileInputs> = {
  projectId: "replace",
  folderPath: "update",
  fileName: "update",
  fileType: "replace",
  description: "update",
  content: "update",
  owner: "update",
  connectionName: "update",
  autoParsing: "update",
  schedulerType: "update",
  cronExpress: "update",
  cycleType: "update",
  rerunMode: "update",
  autoRerunTimes: "update",
  autoRerunIntervalMillis: "update",
  stop: "update",
  paraValue: "update",
  startEffectDate: "update",
  endEffectDate: "update",
  dependentType: "update",
  dependentNodeIds: "update",
  inputList: "update",
  outputList: "update",
  inputParameters: "update",
  outputParameters: "update",
  resourceGroupIdentifier: "writeOnly",
  advancedSettings: "update",
  startImmediately: "update",
  submit: "update",
  deploy: "update",
};

/** Rules between fields (§2.4 "Linking rules"); run only when no input is unknown. */
export function fileRules(
  inputs: FileInputs,
  issues: { add(property: string, message: string): void },
): void {
  if (inputs.deploy === true && inputs.submit === false) {
    issues.add(
      "deploy",
      "a file must be submitted before it can be deployed: remove `submit: false`",
    );
  }
  if (inputs.dependentNodeIds !== undefined && inputs.dependentType !== "USER_DEFINE") {
    issues.add("dependentNodeIds", "is used only with `dependentType: USER_DEFINE` (spec §2.4)");
  }
  if (
    inputs.startEffectDate !== undefined &&
    inputs.endEffectDate !== undefined &&
    inputs.startEffectDate > inputs.endEffectDate
  ) {
    issues.add("endEffectDate", "must not be before startEffectDate");
  }
}
