/**
 * Workspace helpers: GetProject and ListFileType (spec/dataworks.md §3.6.1, §3.6.4).
 */
import { z } from "zod";
import type { OperationSender } from "../../operation";
import { wireObject } from "./camelKeys";
import { collectPages } from "./collectPages";
import { defineAction } from "./defineAction";
import { bareEnvelope, tenantEnvelope } from "./envelopes";
import {
  FileType,
  Locale,
  ProjectEnvType,
  ProjectMode,
  ProjectStatus,
  exactlyOneOf,
  idInput,
  projectSelector,
  text,
} from "./schemas";
import { arrayOf, displayTime, optional, wireInt, wireLong } from "./wireScalars";

// ---- GetProject (level 1, §3.6.1) ----

/**
 * `EnvTypes` is an array; the example prints it as JSON text (`"[\"PROD\"]"`), accepted too.
 */
const envTypes = z.union([
  z.array(ProjectEnvType),
  z.string().transform((text, ctx): ("PROD" | "DEV")[] => {
    try {
      const parsed = z.array(ProjectEnvType).safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // Falls through to the issue below.
    }
    ctx.addIssue({ code: "custom", message: "expected a JSON array of PROD/DEV" });
    return z.NEVER;
  }),
]);

/** `DisableDevelopment` is typed Boolean but described as 0/1 (§6.38): both read as a boolean. */
const booleanOrBit = z.union([z.boolean(), z.literal([0, 1]).transform((bit) => bit === 1)]);

export const Project = wireObject({
  ProjectId: wireLong,
  /** The value used as `projectIdentifier` by the chapter-4 APIs. */
  ProjectIdentifier: z.string(),
  /** Display name. */
  ProjectName: optional(z.string()),
  ProjectDescription: optional(z.string()),
  /** 2 simple mode (SubmitFile publishes), 3 standard mode (DeployFile needed) (PROJECT_MODE). */
  ProjectMode: ProjectMode,
  /** 0 AVAILABLE … 9 UPDATE_FAILED. */
  Status: ProjectStatus,
  /** Simple mode: `["PROD"]`; standard mode: `DEV` and `PROD`. */
  EnvTypes: envTypes,
  IsDefault: optional(wireInt),
  IsAllowDownload: optional(wireInt),
  ProtectedMode: optional(wireInt),
  TablePrivacyMode: optional(wireInt),
  SchedulerMaxRetryTimes: optional(wireInt),
  SchedulerRetryInterval: optional(wireInt),
  DefaultDiResourceGroupIdentifier: optional(z.string()),
  ResidentArea: optional(z.string()),
  DisableDevelopment: optional(booleanOrBit),
  UseProxyOdpsAccount: optional(z.boolean()),
  ProjectOwnerBaseId: optional(z.string()),
  TenantId: optional(wireLong),
  GmtCreate: optional(displayTime),
  GmtModified: optional(displayTime),
});
export type Project = z.output<typeof Project>;

export const GetProjectInput = z.object({ projectId: idInput });
export type GetProjectInput = z.input<typeof GetProjectInput>;

export const GET_PROJECT = defineAction({
  action: "GetProject",
  level: 1,
  idempotent: true,
  input: GetProjectInput,
  response: tenantEnvelope({ Data: Project }).transform((body) => body.Data),
});

/** Reads a workspace: its identifier, mode (simple/standard) and environments. */
export async function getProject(
  client: OperationSender,
  input: GetProjectInput,
): Promise<Project> {
  return client.send(GET_PROJECT.operation(input));
}

// ---- ListFileType (level 1, §3.6.4) ----

export const ListFileTypePageInput = z
  .object({
    ...projectSelector,
    /** Fuzzy match on the node type name, in the language of `locale`. */
    keyword: text.optional(),
    locale: Locale.optional(),
    pageNumber: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(100),
  })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));

export const NodeTypeInfo = wireObject({ NodeType: FileType, NodeTypeName: z.string() });
export type NodeTypeInfo = z.output<typeof NodeTypeInfo>;

export const LIST_FILE_TYPE = defineAction({
  action: "ListFileType",
  level: 1,
  idempotent: true,
  input: ListFileTypePageInput,
  // "Node types" family: `RequestId` and `NodeTypeInfoList`, no `Data` wrapper (§1.6).
  response: bareEnvelope({
    NodeTypeInfoList: z.object({
      PageNumber: wireInt,
      PageSize: wireInt,
      TotalCount: wireInt,
      NodeTypeInfo: arrayOf(NodeTypeInfo),
    }),
  }).transform((body) => ({
    items: body.NodeTypeInfoList.NodeTypeInfo,
    totalCount: body.NodeTypeInfoList.TotalCount,
  })),
});

export type ListFileTypeInput = Omit<
  z.input<typeof ListFileTypePageInput>,
  "pageNumber" | "pageSize"
>;

/** Lists the node (file) types the workspace supports (all pages). */
export async function listFileType(
  client: OperationSender,
  input: ListFileTypeInput,
): Promise<NodeTypeInfo[]> {
  return collectPages((pageNumber, pageSize) =>
    client.send(LIST_FILE_TYPE.operation({ ...input, pageNumber, pageSize })),
  );
}
