/**
 * DataStudio folders: CreateFolder, GetFolder, UpdateFolder (rename only), DeleteFolder,
 * ListFolders (spec/dataworks.md §3.3), and the exact-path lookup `findFolderByPath`.
 */
import { z } from "zod";
import { CloudError } from "../../errors";
import type { OperationSender } from "../../operation";
import { wireObject } from "./camelKeys";
import { collectPages } from "./collectPages";
import { defineAction } from "./defineAction";
import { standardEnvelope } from "./envelopes";
import { exactlyOneOf, projectSelector, text } from "./schemas";
import { arrayOf, wireInt } from "./wireScalars";

/** Folder IDs are opaque strings such as `2735c2c19d58` (§2.5). */
const folderId = text;

export const Folder = wireObject({ FolderId: z.string(), FolderPath: z.string() });
export type Folder = z.output<typeof Folder>;

// ---- CreateFolder (level 2, §3.3.1) ----

export const CreateFolderInput = z
  .object({ ...projectSelector, folderPath: text })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));
export type CreateFolderInput = z.input<typeof CreateFolderInput>;

export const CREATE_FOLDER = defineAction({
  action: "CreateFolder",
  level: 2,
  idempotent: false,
  input: CreateFolderInput,
  response: standardEnvelope({ Data: z.string().min(1) }).transform((body) => body.Data),
});

/** Creates a folder at `folderPath` (`业务流程/<flow>/<category>/…`, §2.5); returns its `FolderId`. */
export async function createFolder(
  client: OperationSender,
  input: CreateFolderInput,
): Promise<string> {
  return client.send(CREATE_FOLDER.operation(input));
}

// ---- GetFolder (level 1, §3.3.2) ----

export const GetFolderInput = z
  .object({ ...projectSelector, folderId: folderId.optional(), folderPath: text.optional() })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"))
  .superRefine(exactlyOneOf("folderId", "folderPath"));
export type GetFolderInput = z.input<typeof GetFolderInput>;

export const GET_FOLDER = defineAction({
  action: "GetFolder",
  level: 1,
  idempotent: true,
  input: GetFolderInput,
  response: standardEnvelope({ Data: Folder }).transform((body) => body.Data),
});

/** Reads a folder by `folderId` or `folderPath`. */
export async function getFolder(client: OperationSender, input: GetFolderInput): Promise<Folder> {
  return client.send(GET_FOLDER.operation(input));
}

// ---- UpdateFolder (level 2, §3.3.3) ----

export const UpdateFolderInput = z
  .object({
    ...projectSelector,
    folderId,
    /** The new last path segment: a folder can be renamed, not moved. */
    folderName: text.refine((name) => !name.includes("/"), { error: "must not contain '/'" }),
  })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));
export type UpdateFolderInput = z.input<typeof UpdateFolderInput>;

export const UPDATE_FOLDER = defineAction({
  action: "UpdateFolder",
  level: 2,
  idempotent: true,
  input: UpdateFolderInput,
  response: standardEnvelope({}).transform(() => undefined),
});

/** Renames a folder; its `FolderId` stays, its path (and its children's) changes. */
export async function updateFolder(
  client: OperationSender,
  input: UpdateFolderInput,
): Promise<void> {
  await client.send(UPDATE_FOLDER.operation(input));
}

// ---- DeleteFolder (level 3, §3.3.4) ----

export const DeleteFolderInput = z
  .object({ ...projectSelector, folderId })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));
export type DeleteFolderInput = z.input<typeof DeleteFolderInput>;

export const DELETE_FOLDER = defineAction({
  action: "DeleteFolder",
  level: 3,
  idempotent: true,
  input: DeleteFolderInput,
  response: standardEnvelope({}).transform(() => undefined),
});

/** Deletes a folder (synchronous). Delete its files and sub-folders first (§4.5). */
export async function deleteFolder(
  client: OperationSender,
  input: DeleteFolderInput,
): Promise<void> {
  await client.send(DELETE_FOLDER.operation(input));
}

// ---- ListFolders (level 1, §3.3.5) ----

export const ListFoldersPageInput = z
  .object({
    ...projectSelector,
    parentFolderPath: text,
    pageNumber: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(100),
  })
  .superRefine(exactlyOneOf("projectId", "projectIdentifier"));

export const LIST_FOLDERS = defineAction({
  action: "ListFolders",
  level: 1,
  idempotent: true,
  input: ListFoldersPageInput,
  response: standardEnvelope({
    Data: z.object({
      PageNumber: wireInt,
      PageSize: wireInt,
      TotalCount: wireInt,
      Folders: arrayOf(Folder),
    }),
  }).transform((body) => ({ items: body.Data.Folders, totalCount: body.Data.TotalCount })),
});

export type ListFoldersInput = Omit<
  z.input<typeof ListFoldersPageInput>,
  "pageNumber" | "pageSize"
>;

/** Lists the direct sub-folders of `parentFolderPath` (all pages). */
export async function listFolders(
  client: OperationSender,
  input: ListFoldersInput,
): Promise<Folder[]> {
  return collectPages((pageNumber, pageSize) =>
    client.send(LIST_FOLDERS.operation({ ...input, pageNumber, pageSize })),
  );
}

export type FindFolderByPathInput = Pick<ListFoldersInput, "projectId" | "projectIdentifier"> & {
  readonly folderPath: string;
};

/**
 * Finds the folder whose path is exactly `folderPath` by listing its parent. Returns `undefined`
 * when there is no such folder, including when the parent itself does not exist. Paths are unique
 * per workspace (GetFolder addresses folders by path, §4.6), so the first exact match wins.
 */
export async function findFolderByPath(
  client: OperationSender,
  input: FindFolderByPathInput,
): Promise<Folder | undefined> {
  const folderPath = input.folderPath.replace(/\/+$/, "");
  const slash = folderPath.lastIndexOf("/");
  if (slash <= 0) return undefined;
  const isWanted = (folder: Folder): boolean =>
    folder.folderPath.replace(/\/+$/, "") === folderPath;
  try {
    const folders = await collectPages(
      (pageNumber, pageSize) =>
        client.send(
          LIST_FOLDERS.operation({
            projectId: input.projectId,
            projectIdentifier: input.projectIdentifier,
            parentFolderPath: folderPath.slice(0, slash),
            pageNumber,
            pageSize,
          }),
        ),
      { stopWhen: isWanted },
    );
    return folders.find(isWanted);
  } catch (error) {
    if (CloudError.is(error) && error.category === "notFound") return undefined;
    throw error;
  }
}
