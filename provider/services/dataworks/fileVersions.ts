/**
 * Committed versions of a file: ListFileVersions and GetFileVersion (spec/dataworks.md §3.1.11,
 * §3.1.12). Drift signal: a newest version with `isCurrentProd: false` is not in production (§4.8).
 */
import { z } from "zod";
import type { OperationSender } from "../../operation";
import { wireObject } from "./camelKeys";
import { collectPages } from "./collectPages";
import { defineAction } from "./defineAction";
import { standardEnvelope } from "./envelopes";
import {
  ChangeType,
  FileUseType,
  FileVersionStatus,
  exactlyOneOf,
  idInput,
  projectSelector,
} from "./schemas";
import { arrayOf, epochMillis, optional, wireInt, wireLong } from "./wireScalars";

export const FileVersion = wireObject({
  FileVersion: wireInt,
  ChangeType: optional(ChangeType),
  Comment: optional(z.string()),
  CommitTime: optional(epochMillis),
  CommitUser: optional(z.string()),
  FileContent: optional(z.string()),
  FileName: optional(z.string()),
  /** JSON text of the file properties, e.g. `{"fileName":"ods_user_info_d","fileType":10}`. */
  FilePropertyContent: optional(z.string()),
  IsCurrentProd: optional(z.boolean()),
  /** JSON text of the scheduling configuration with the numeric enums of §2.4. */
  NodeContent: optional(z.string()),
  NodeId: optional(wireLong),
  Status: optional(FileVersionStatus),
  UseType: optional(FileUseType),
});
export type FileVersion = z.output<typeof FileVersion>;

// ---- ListFileVersions (level 1, §3.1.11) ----

export const ListFileVersionsPageInput = z
  .object({
    ...projectSelector,
    fileId: idInput,
    pageNumber: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(100),
  })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));

export const LIST_FILE_VERSIONS = defineAction({
  action: "ListFileVersions",
  level: 1,
  idempotent: true,
  input: ListFileVersionsPageInput,
  response: standardEnvelope({
    Data: z.object({
      PageNumber: wireInt,
      PageSize: wireInt,
      TotalCount: wireInt,
      FileVersions: arrayOf(FileVersion),
    }),
  }).transform((body) => ({ items: body.Data.FileVersions, totalCount: body.Data.TotalCount })),
});

export type ListFileVersionsInput = Omit<
  z.input<typeof ListFileVersionsPageInput>,
  "pageNumber" | "pageSize"
>;

/** Lists every committed version of a file (all pages), in the order the service returns them. */
export async function listFileVersions(
  client: OperationSender,
  input: ListFileVersionsInput,
): Promise<FileVersion[]> {
  return collectPages((pageNumber, pageSize) =>
    client.send(LIST_FILE_VERSIONS.operation({ ...input, pageNumber, pageSize })),
  );
}

// ---- GetFileVersion (level 1, §3.1.12) ----

export const GetFileVersionInput = z
  .object({ ...projectSelector, fileId: idInput, fileVersion: z.number().int().min(1) })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));
export type GetFileVersionInput = z.input<typeof GetFileVersionInput>;

export const GET_FILE_VERSION = defineAction({
  action: "GetFileVersion",
  level: 1,
  idempotent: true,
  input: GetFileVersionInput,
  response: standardEnvelope({ Data: FileVersion }).transform((body) => body.Data),
});

/** Reads one committed version of a file. */
export async function getFileVersion(
  client: OperationSender,
  input: GetFileVersionInput,
): Promise<FileVersion> {
  return client.send(GET_FILE_VERSION.operation(input));
}
