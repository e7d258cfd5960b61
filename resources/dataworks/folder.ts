import * as pulumi from "@pulumi/pulumi";
import {
  createFolder,
  deleteFolder,
  findFolderByPath,
  updateFolder,
  type OperationSender,
} from "../../provider";
import { defineResource } from "../framework/resourceDefinition";
import { resourceInputs, secretOutputOptions } from "../framework/resourceInputs";
import { shimFor } from "../framework/shim";
import { dataWorksClient } from "./dataWorksClient";
import { getFolderIfPresent } from "./getFolderIfPresent";
import { projectIdField } from "./projectIdField";
import { splitStudioPath, studioNameField, studioParentPathField } from "./studioPath";
import { parseWorkspaceEntityId, workspaceEntityId } from "./workspaceEntityId";

/**
 * `dataworks.Folder`: a DataStudio folder (spec/dataworks.md §3.3) at `{parentPath}/{name}` in a
 * workspace. UpdateFolder only renames the last segment (§3.3.3), so `name` changes in place while
 * `parentPath` and `projectId` replace (§4.4). ID: `{projectId}/{folderId}`.
 */
export const FOLDER_TYPE = "dataworks:Folder";

export interface FolderInputs {
  projectId: number;
  /** `业务流程/<business flow>/<category>[/…]` (§2.5), canonical form. */
  parentPath: string;
  name: string;
}

export interface FolderOutputs extends FolderInputs {
  /** The service's opaque folder ID (§4.1). */
  folderId: string;
  /** `{parentPath}/{name}`: what files use as their `FileFolderPath`. */
  path: string;
}

const COMPUTED = ["folderId", "path"] as const;

export const folderDefinition = defineResource<FolderInputs, FolderOutputs, OperationSender>({
  type: FOLDER_TYPE,
  fields: { projectId: projectIdField, parentPath: studioParentPathField, name: studioNameField },
  policy: { projectId: "replace", parentPath: "replace", name: "update" },
  computed: COMPUTED,
  // A path is unique per workspace (§4.6): the old folder must go before a new one takes its path.
  deleteBeforeReplace: true,
  // No code is documented for an existing path (§6 q27): a refusal is a clash if `find` sees one.
  clashFoundByLookup: true,
  describe: (inputs) => `"${pathOf(inputs)}" in workspace ${inputs.projectId}`,
  connect: dataWorksClient,
  find: async (client, inputs) => {
    const found = await findFolderByPath(client, {
      projectId: inputs.projectId,
      folderPath: pathOf(inputs),
    });
    return found === undefined
      ? undefined
      : located(inputs.projectId, found.folderId, found.folderPath);
  },
  create: async (client, inputs) => {
    const folderPath = pathOf(inputs);
    const folderId = await createFolder(client, { projectId: inputs.projectId, folderPath });
    return located(inputs.projectId, folderId, folderPath);
  },
  read: async (client, id) => {
    const { projectId, entityId } = parseWorkspaceEntityId(FOLDER_TYPE, id);
    const found = await getFolderIfPresent(client, projectId, entityId);
    return found === undefined
      ? undefined
      : located(projectId, found.folderId, found.folderPath).outs;
  },
  update: async (client, id, olds, news) => {
    const { projectId, entityId } = parseWorkspaceEntityId(FOLDER_TYPE, id);
    // Only `name` is updatable; the framework never passes a replace field here.
    if (news.name !== olds.name)
      await updateFolder(client, { projectId, folderId: entityId, folderName: news.name });
    return { ...news, folderId: entityId, path: pathOf(news) };
  },
  delete: async (client, id) => {
    const { projectId, entityId } = parseWorkspaceEntityId(FOLDER_TYPE, id);
    await deleteFolder(client, { projectId, folderId: entityId });
  },
});

function pathOf(inputs: Pick<FolderInputs, "parentPath" | "name">): string {
  return `${inputs.parentPath}/${inputs.name}`;
}

/** A folder as the service reports it, in the input's form (parent path and last segment). */
function located(projectId: number, folderId: string, folderPath: string) {
  const segments = splitStudioPath(folderPath);
  const name = segments.pop() ?? "";
  const parentPath = segments.join("/");
  return {
    id: workspaceEntityId(projectId, folderId),
    outs: { projectId, parentPath, name, folderId, path: `${parentPath}/${name}` },
  };
}

export interface FolderArgs {
  /** The workspace (ProjectId). Changing it replaces the folder. */
  projectId: pulumi.Input<number>;
  /** Where the folder lives: `业务流程/<business flow>/<category>[/…]`. Changing it replaces the folder. */
  parentPath: pulumi.Input<string>;
  /** The folder's name (last path segment); renamed in place. */
  name: pulumi.Input<string>;
  /** Take over an existing folder at this path instead of failing. */
  adopt?: pulumi.Input<boolean>;
}

export class Folder extends pulumi.dynamic.Resource {
  declare readonly projectId: pulumi.Output<number>;
  declare readonly parentPath: pulumi.Output<string>;
  declare readonly name: pulumi.Output<string>;
  declare readonly folderId: pulumi.Output<string>;
  declare readonly path: pulumi.Output<string>;

  constructor(name: string, args: FolderArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      shimFor(FOLDER_TYPE),
      name,
      resourceInputs(args, [], COMPUTED),
      secretOutputOptions(opts, []),
      "dataworks",
      "Folder",
    );
  }
}
