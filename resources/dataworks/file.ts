import * as pulumi from "@pulumi/pulumi";
import { createFile, findFileByName, getFile, updateFile, type CloudClient } from "../../provider";
import { defineResource } from "../framework/resourceDefinition";
import { resourceInputs, secretOutputOptions } from "../framework/resourceInputs";
import { shimFor } from "../framework/shim";
import { dataWorksClient } from "./dataWorksClient";
import { rememberAfterWrite } from "./fileAfterWrite";
import { formatFileId, parseFileId } from "./fileId";
import {
  FILE_COMPUTED,
  FILE_FIELDS,
  FILE_POLICY,
  fileRules,
  type FileInputs,
  type FileOutputs,
  type WorkspaceMode,
} from "./fileInputs";
import { publishFile, readFile, removeFile, workspaceOf } from "./fileLifecycle";
import {
  createFileRequest,
  formAfterUpdate,
  liveFields,
  liveInputForm,
  managedOnly,
  updateFileRequest,
} from "./fileWire";

/**
 * `dataworks.File`: a DataStudio file (node) with its scheduling configuration, submitted and
 * deployed to production (spec/dataworks.md §3.1, lifecycle §4.2 – §4.5). ID `{projectId}/{fileId}`;
 * natural key for `adopt`: workspace + folder path + file name. User documentation:
 * docs/resources-dataworks-file.md.
 */
export const FILE_TYPE = "dataworks:File";

/** Minutes (decision 7): a submit and a deploy each take seconds to minutes (§4.3 gives no figure). */
const FILE_TIMEOUTS = { create: 20, update: 20, delete: 15 } as const;

export const fileDefinition = defineResource<FileInputs, FileOutputs, CloudClient>({
  type: FILE_TYPE,
  fields: FILE_FIELDS,
  rules: fileRules,
  policy: FILE_POLICY,
  computed: FILE_COMPUTED,
  // Renames and moves are in place (§4.2), so a replacement (new FileType or workspace) may reuse
  // the name; file names are unique per workspace (§4.6, emulator convention): the old one goes first.
  deleteBeforeReplace: true,
  timeouts: FILE_TIMEOUTS,
  describe: (inputs) =>
    `file "${inputs.fileName}" in ${inputs.folderPath} of workspace ${inputs.projectId}`,
  connect: dataWorksClient,

  find: async (client, inputs) => {
    const { projectId } = inputs;
    const summary = await findFileByName(client, {
      projectId,
      name: inputs.fileName,
      folderPath: inputs.folderPath,
    });
    if (summary === undefined) return undefined;
    const workspace = await workspaceOf(client, projectId);
    const live = await getFile(client, { projectId, fileId: summary.fileId });
    const outs: FileOutputs = {
      ...liveFields(live, inputs.folderPath, inputs, projectId),
      fileId: summary.fileId,
      commitStatus: live.file.commitStatus ?? 0,
      workspaceMode: workspace.mode,
      projectIdentifier: workspace.identifier,
    };
    return { id: formatFileId({ projectId, fileId: summary.fileId }), outs };
  },

  create: async (client, inputs) => {
    const { projectId } = inputs;
    const workspace = await workspaceOf(client, projectId);
    const fileId = await createFile(client, createFileRequest(inputs, workspace.identifier));
    const outs: FileOutputs = {
      ...inputs,
      fileId,
      commitStatus: 0,
      workspaceMode: workspace.mode satisfies WorkspaceMode,
      projectIdentifier: workspace.identifier,
    };
    // A new file is saved, not submitted (§4.2 step 2): publishing goes straight to SubmitFile.
    rememberAfterWrite(outs, { commitStatus: 0, form: undefined });
    return { id: formatFileId({ projectId, fileId }), outs };
  },

  settle: (client, id, outs, inputs, context) =>
    publishFile(client, parseFileId(id).fileId, outs, inputs, context),

  read: (client, id, olds) => {
    const { projectId, fileId } = parseFileId(id);
    return readFile(client, projectId, fileId, olds);
  },

  update: async (client, id, olds, news, changed) => {
    const { projectId, fileId } = parseFileId(id);
    // Read even when the stored outputs look current: every sent parameter must differ from the
    // file's configuration, so the diff is against the last GetFile, not the state (§4.4, §3.1.2).
    const live = await getFile(client, { projectId, fileId });
    // GetFile names the folder by ID: the live path is the stored one unless the file moved.
    const folderPath = live.file.fileFolderId === olds.folderId ? olds.folderPath : "";
    const liveForm = liveInputForm(live, folderPath);
    const request = updateFileRequest(projectId, fileId, news, changed, liveForm);
    if (request !== undefined) await updateFile(client, request);
    const kept: Partial<FileOutputs> = {};
    for (const key of FILE_COMPUTED) {
      if (olds[key] !== undefined) (kept as Record<string, unknown>)[key] = olds[key];
    }
    const outs: FileOutputs = {
      ...(kept as FileOutputs),
      ...managedOnly(news, news),
      projectId,
      folderPath: news.folderPath,
      fileName: news.fileName,
      fileType: news.fileType,
      ...(request === undefined ? {} : { commitStatus: 0 as const }),
    };
    // UpdateFile saves without submitting (§4.2 "File — update"): CommitStatus is 0 afterwards.
    return rememberAfterWrite(outs, {
      commitStatus: request === undefined ? (live.file.commitStatus ?? 0) : 0,
      form: formAfterUpdate(liveForm, request),
    });
  },

  delete: (client, id, olds, context) => {
    const { projectId, fileId } = parseFileId(id);
    return removeFile(client, projectId, fileId, olds, context);
  },
});

type Input<T> = pulumi.Input<T>;

/** The arguments of `dataworks.File`; see docs/resources-dataworks-file.md for each field. */
export interface FileArgs {
  /** Workspace ID (GetProject `ProjectId`). Changing it replaces the file. */
  projectId: Input<number>;
  /** `业务流程/<business flow>/<category>/<folders…>`; the business flow must exist. */
  folderPath: Input<string>;
  fileName: Input<string>;
  /** Node type code (10 ODPS SQL, 6 Shell, 99 virtual …; not 23). Changing it replaces the file. */
  fileType: Input<number>;
  description?: Input<string>;
  content?: Input<string>;
  owner?: Input<string>;
  connectionName?: Input<string>;
  autoParsing?: Input<boolean>;
  schedulerType?: Input<"NORMAL" | "MANUAL" | "PAUSE" | "SKIP">;
  cronExpress?: Input<string>;
  cycleType?: Input<"DAY" | "NOT_DAY">;
  rerunMode?: Input<"ALL_ALLOWED" | "FAILURE_ALLOWED" | "ALL_DENIED">;
  autoRerunTimes?: Input<number>;
  autoRerunIntervalMillis?: Input<number>;
  stop?: Input<boolean>;
  paraValue?: Input<string>;
  /** Epoch milliseconds, or an ISO date / date-time string. */
  startEffectDate?: Input<number | string>;
  endEffectDate?: Input<number | string>;
  dependentType?: Input<"SELF" | "CHILD" | "USER_DEFINE" | "NONE">;
  dependentNodeIds?: Input<Input<number>[]>;
  inputList?: Input<Input<string>[]>;
  outputList?: Input<Input<string>[]>;
  inputParameters?: Input<Input<{ parameterName: Input<string>; valueSource: Input<string> }>[]>;
  outputParameters?: Input<
    Input<{
      parameterName: Input<string>;
      value: Input<string>;
      type: Input<1 | 2 | 3>;
      description?: Input<string>;
    }>[]
  >;
  resourceGroupIdentifier?: Input<string>;
  advancedSettings?: Input<Record<string, Input<unknown>>>;
  startImmediately?: Input<boolean>;
  /** Submit after every change; default true. */
  submit?: Input<boolean>;
  /** Deploy to production after submitting; default true in standard-mode workspaces. */
  deploy?: Input<boolean>;
  /** Take over an existing file with the same workspace, folder path and name. */
  adopt?: Input<boolean>;
  timeouts?: Input<{ create?: number; update?: number; delete?: number }>;
}

type Out<T> = pulumi.Output<T>;

export class File extends pulumi.dynamic.Resource {
  declare readonly projectId: Out<number>;
  declare readonly folderPath: Out<string>;
  declare readonly fileName: Out<string>;
  declare readonly fileType: Out<number>;
  declare readonly description: Out<string | undefined>;
  declare readonly content: Out<string | undefined>;
  declare readonly owner: Out<string | undefined>;
  declare readonly connectionName: Out<string | undefined>;
  declare readonly autoParsing: Out<boolean | undefined>;
  declare readonly schedulerType: Out<string | undefined>;
  declare readonly cronExpress: Out<string | undefined>;
  declare readonly cycleType: Out<string | undefined>;
  declare readonly rerunMode: Out<string | undefined>;
  declare readonly autoRerunTimes: Out<number | undefined>;
  declare readonly autoRerunIntervalMillis: Out<number | undefined>;
  declare readonly stop: Out<boolean | undefined>;
  declare readonly paraValue: Out<string | undefined>;
  declare readonly startEffectDate: Out<number | undefined>;
  declare readonly endEffectDate: Out<number | undefined>;
  declare readonly dependentType: Out<string | undefined>;
  declare readonly dependentNodeIds: Out<number[] | undefined>;
  declare readonly inputList: Out<string[] | undefined>;
  declare readonly outputList: Out<string[] | undefined>;
  declare readonly inputParameters: Out<
    { parameterName: string; valueSource: string }[] | undefined
  >;
  declare readonly outputParameters: Out<
    { parameterName: string; value: string; type: 1 | 2 | 3; description?: string }[] | undefined
  >;
  declare readonly resourceGroupIdentifier: Out<string | undefined>;
  declare readonly advancedSettings: Out<Record<string, unknown> | undefined>;
  declare readonly startImmediately: Out<boolean | undefined>;
  declare readonly submit: Out<boolean | undefined>;
  declare readonly deploy: Out<boolean | undefined>;
  /** The DataStudio file ID (CreateFile `Data`). */
  declare readonly fileId: Out<number>;
  /** The scheduling node ID, once submitted. */
  declare readonly nodeId: Out<number | undefined>;
  /** 0: the latest code is saved but not submitted; 1: submitted. */
  declare readonly commitStatus: Out<0 | 1>;
  declare readonly currentVersion: Out<number | undefined>;
  /** The newest version live in production. */
  declare readonly deployedVersion: Out<number | undefined>;
  declare readonly lastDeploymentId: Out<number | undefined>;
  declare readonly lastDeploymentStatus: Out<"success" | "failed" | "pending" | undefined>;
  declare readonly businessId: Out<number | undefined>;
  declare readonly folderId: Out<string | undefined>;
  declare readonly workspaceMode: Out<WorkspaceMode>;
  declare readonly projectIdentifier: Out<string>;

  constructor(name: string, args: FileArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      shimFor(FILE_TYPE),
      name,
      resourceInputs(args, [], FILE_COMPUTED),
      secretOutputOptions(opts, []),
      "dataworks",
      "File",
    );
  }
}
