/**
 * DataStudio files (nodes): CreateFile, UpdateFile, GetFile, DeleteFile, ListFiles
 * (spec/dataworks.md §3.1.1 – §3.1.5), and the exact-name lookup `findFileByName`.
 */
import { z } from "zod";
import type { OperationSender } from "../../operation";
import { AmbiguousMatchError } from "./ambiguousMatchError";
import { collectPages } from "./collectPages";
import { defineAction } from "./defineAction";
import { standardEnvelope } from "./envelopes";
import { FileDetails, FileSummary, NodeConfiguration, fileSettingsInput } from "./fileSchemas";
import {
  FILE_TYPES,
  FileType,
  FileUseType,
  commaList,
  exactlyOneOf,
  idInput,
  projectSelector,
  text,
} from "./schemas";
import { arrayOf, optional, wireInt, wireLong } from "./wireScalars";

// ---- CreateFile (level 3, §3.1.1) ----

export const CreateFileInput = z
  .object({
    ...projectSelector,
    /** `业务流程/<BusinessName>/<category>/<folders…>` (§2.5). */
    fileFolderPath: text,
    fileName: text,
    /** §2.2. Data-integration nodes (23) cannot be created here; they need CreateDISyncTask. */
    fileType: FileType.refine((type) => type !== FILE_TYPES.DATA_INTEGRATION, {
      error: "CreateFile cannot create data-integration (FileType 23) nodes",
    }),
    ...fileSettingsInput,
    /** Required by CreateFile (§3.1.1); a node without upstream uses `<ProjectIdentifier>_root`. */
    inputList: fileSettingsInput.inputList.unwrap().refine((list) => list.length > 0, {
      error: "at least one upstream output name is required",
    }),
  })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));
export type CreateFileInput = z.input<typeof CreateFileInput>;

export const CREATE_FILE = defineAction({
  action: "CreateFile",
  level: 3,
  idempotent: false,
  input: CreateFileInput,
  response: standardEnvelope({ Data: wireLong }).transform((body) => body.Data),
});

/** Creates a file in DataStudio only (not scheduled until SubmitFile); returns its `FileId`. */
export async function createFile(client: OperationSender, input: CreateFileInput): Promise<number> {
  return client.send(CREATE_FILE.operation(input));
}

// ---- UpdateFile (level 2, §3.1.2) ----

export const UpdateFileInput = z
  .object({
    ...projectSelector,
    fileId: idInput,
    /** Changing it moves the file (inference, §4.2). */
    fileFolderPath: text.optional(),
    /** Renames the file in place. */
    fileName: text.optional(),
    ...fileSettingsInput,
    /** Required by the API (§3.1.2, seed agrees), although every sent value must differ (§6.10). */
    autoRerunTimes: fileSettingsInput.autoRerunTimes.unwrap(),
    /** Output names of this node; UpdateFile only. */
    outputList: commaList(text).optional(),
  })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));
export type UpdateFileInput = z.input<typeof UpdateFileInput>;

export const UPDATE_FILE = defineAction({
  action: "UpdateFile",
  level: 2,
  idempotent: true,
  input: UpdateFileInput,
  response: standardEnvelope({}).transform(() => undefined),
});

/**
 * Updates a file. Every parameter sent must differ from the current value or the call fails as
 * invalid (§3.1.2), so pass only the changed fields (plus `fileId`, the project and
 * `autoRerunTimes`). The change is saved only; submit (and deploy) it again to schedule it.
 */
export async function updateFile(client: OperationSender, input: UpdateFileInput): Promise<void> {
  await client.send(UPDATE_FILE.operation(input));
}

// ---- GetFile (level 1, §3.1.3) ----

export const GetFileInput = z
  .object({ ...projectSelector, fileId: idInput.optional(), nodeId: idInput.optional() })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"))
  .superRefine(exactlyOneOf("fileId", "nodeId"));
export type GetFileInput = z.input<typeof GetFileInput>;

export const GET_FILE = defineAction({
  action: "GetFile",
  level: 1,
  idempotent: true,
  input: GetFileInput,
  response: standardEnvelope({
    Data: z.object({ File: FileDetails, NodeConfiguration: NodeConfiguration }),
  }).transform((body) => ({
    file: body.Data.File,
    nodeConfiguration: body.Data.NodeConfiguration,
  })),
});

export interface FileWithConfiguration {
  readonly file: FileDetails;
  readonly nodeConfiguration: NodeConfiguration;
}

/** Reads a file and its scheduling configuration, addressed by `fileId` or `nodeId`. */
export async function getFile(
  client: OperationSender,
  input: GetFileInput,
): Promise<FileWithConfiguration> {
  return client.send(GET_FILE.operation(input));
}

// ---- DeleteFile (level 3, §3.1.4) ----

export const DeleteFileInput = z
  .object({ ...projectSelector, fileId: idInput })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));
export type DeleteFileInput = z.input<typeof DeleteFileInput>;

/**
 * `DeploymentId` is top level; "empty" means fully deleted. How empty looks is not documented
 * (§6.9), so absent, `null`, `""` and `0` all read as "nothing to poll".
 */
const emptyDeploymentId = z.union([z.literal(""), z.literal(0)]).transform(() => undefined);

export const DELETE_FILE = defineAction({
  action: "DeleteFile",
  level: 3,
  idempotent: true,
  input: DeleteFileInput,
  response: standardEnvelope({
    DeploymentId: optional(z.union([emptyDeploymentId, wireLong])),
  }).transform((body) => body.DeploymentId),
});

/**
 * Deletes a file. Returns the `DeploymentId` of the asynchronous deletion in the scheduling system
 * (poll it with getDeployment), or `undefined` when the file is already completely deleted.
 */
export async function deleteFile(
  client: OperationSender,
  input: DeleteFileInput,
): Promise<number | undefined> {
  return client.send(DELETE_FILE.operation(input));
}

// ---- ListFiles (level 1, §3.1.5) ----

export const ListFilesPageInput = z
  .object({
    ...projectSelector,
    fileFolderPath: text.optional(),
    /** Fuzzy ("contains") match on the file name. */
    keyword: text.optional(),
    useType: FileUseType.optional(),
    fileTypes: commaList(FileType).optional(),
    owner: text.optional(),
    nodeId: idInput.optional(),
    pageNumber: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(100),
  })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));

const filePage = z.object({
  PageNumber: wireInt,
  PageSize: wireInt,
  TotalCount: wireInt,
  Files: arrayOf(FileSummary),
});

export const LIST_FILES = defineAction({
  action: "ListFiles",
  level: 1,
  idempotent: true,
  input: ListFilesPageInput,
  response: standardEnvelope({ Data: filePage }).transform((body) => ({
    items: body.Data.Files,
    totalCount: body.Data.TotalCount,
  })),
});

export type ListFilesInput = Omit<z.input<typeof ListFilesPageInput>, "pageNumber" | "pageSize">;

/** Lists every file matching the filters (all pages). */
export async function listFiles(
  client: OperationSender,
  input: ListFilesInput,
): Promise<FileSummary[]> {
  return collectPages((pageNumber, pageSize) =>
    client.send(LIST_FILES.operation({ ...input, pageNumber, pageSize })),
  );
}

export type FindFileByNameInput = Pick<ListFilesInput, "projectId" | "projectIdentifier"> & {
  readonly name: string;
  readonly folderPath?: string;
};

/**
 * Finds the file whose name is exactly `name` (ListFiles' `Keyword` only matches fuzzily), in
 * `folderPath` when given. Throws AmbiguousMatchError when several files carry that name, since
 * file-name uniqueness is not documented (§4.6).
 */
export async function findFileByName(
  client: OperationSender,
  input: FindFileByNameInput,
): Promise<FileSummary | undefined> {
  const files = await listFiles(client, {
    projectId: input.projectId,
    projectIdentifier: input.projectIdentifier,
    fileFolderPath: input.folderPath,
    keyword: input.name,
  });
  const matches = files.filter((file) => file.fileName === input.name);
  if (matches.length > 1) {
    throw new AmbiguousMatchError("file", input.name, matches.map((file) => file.fileId));
  }
  return matches[0];
}
