import equal from "fast-deep-equal";
import {
  PROJECT_MODE,
  deleteFile,
  deployFile,
  getFile,
  getFolder,
  getProject,
  listFileVersions,
  submitFile,
  updateFile,
  type FileVersion,
  type FileWithConfiguration,
  type OperationSender,
} from "../../provider";
import { errorCategory } from "../framework/errorCategory";
import type { StepContext } from "../framework/resourceDefinition";
import {
  deadlineFrom,
  waitForDeployment,
  waitForNewestVersion,
  type Deadline,
} from "./fileDeployment";
import type { FileComputed, FileInputs, FileOutputs, WorkspaceMode } from "./fileInputs";
import { takeAfterWrite } from "./fileAfterWrite";
import { liveFields, liveInputForm, updateFileRequest } from "./fileWire";

/**
 * The steps of a DataWorks file after CreateFile or UpdateFile — submit, wait, deploy to production,
 * wait (spec/dataworks.md §4.2, §4.3) — plus reading the live file with its drift signals (§4.8) and
 * deleting it with the deletion published to production (§4.5). Every step decides from the live
 * state, so a run that stopped half-way (timeout, failed deployment) resumes where it stopped.
 */

export interface Workspace {
  readonly mode: WorkspaceMode;
  readonly identifier: string;
}

/** GetProject `ProjectMode` 3 is standard (DEV and PROD), 2 simple (PROD only) (§3.6.1). */
export async function workspaceOf(client: OperationSender, projectId: number): Promise<Workspace> {
  const project = await getProject(client, { projectId });
  return {
    mode: project.projectMode === PROJECT_MODE.STANDARD ? "standard" : "simple",
    identifier: project.projectIdentifier,
  };
}

/** What the lifecycle switches ask for in this workspace (§4.2 step 4, issue 5 "defaults follow the mode"). */
export function wanted(inputs: Pick<FileInputs, "submit" | "deploy">, mode: WorkspaceMode) {
  const submit = inputs.submit ?? true;
  // A simple-mode workspace has no development environment: SubmitFile already publishes (§4.10, §6 q7).
  const deploy = mode === "standard" && submit && (inputs.deploy ?? true);
  return { submit, deploy };
}

const COMMENT = "pulumi-dataplatform";

/** The newest version (ListFileVersions lists newest first in practice; the order is not documented). */
function newestOf(versions: readonly FileVersion[]): FileVersion | undefined {
  return versions.reduce<FileVersion | undefined>(
    (newest, v) => (newest === undefined || v.fileVersion > newest.fileVersion ? v : newest),
    undefined,
  );
}

/** The newest version live in production (`IsCurrentProd`, §3.1.11). */
function deployedVersionOf(versions: readonly FileVersion[]): number | undefined {
  return newestOf(versions.filter((v) => v.isCurrentProd === true))?.fileVersion;
}

/** A submitted version whose submit package failed is `CANCELLED` (§2.6): it must be submitted again. */
function isSubmitted(commitStatus: number | undefined, newest: FileVersion | undefined): boolean {
  return commitStatus === 1 && newest !== undefined && newest.status !== "CANCELLED";
}

function computedOf(
  live: FileWithConfiguration,
  deployedVersion: number | undefined,
  fileId: number,
  workspace: Workspace,
  lastDeployment: Pick<FileComputed, "lastDeploymentId" | "lastDeploymentStatus">,
): FileComputed {
  const file = live.file;
  const computed: FileComputed = {
    fileId,
    commitStatus: file.commitStatus ?? 0,
    workspaceMode: workspace.mode,
    projectIdentifier: workspace.identifier,
    ...lastDeployment,
  };
  if (file.nodeId !== undefined) computed.nodeId = file.nodeId;
  if (file.currentVersion !== undefined) computed.currentVersion = file.currentVersion;
  if (deployedVersion !== undefined) computed.deployedVersion = deployedVersion;
  if (file.businessId !== undefined) computed.businessId = file.businessId;
  if (file.fileFolderId !== undefined) computed.folderId = file.fileFolderId;
  return computed;
}

function workspaceFrom(outs: Partial<FileOutputs>): Workspace | undefined {
  return outs.workspaceMode === undefined || outs.projectIdentifier === undefined
    ? undefined
    : { mode: outs.workspaceMode, identifier: outs.projectIdentifier };
}

/**
 * After CreateFile or UpdateFile: sets `OutputList` if it is still missing (UpdateFile only,
 * §3.1.1), submits what is not submitted yet and deploys what is not in production yet, waiting for
 * each package. Returns the outputs, read back from the service.
 */
export async function publishFile(
  client: OperationSender,
  fileId: number,
  outs: FileOutputs,
  inputs: FileInputs,
  context: StepContext,
): Promise<FileOutputs> {
  const { projectId } = inputs;
  const deadline = deadlineFrom(context);
  const workspace = workspaceFrom(outs) ?? (await workspaceOf(client, projectId));
  const want = wanted(inputs, workspace.mode);
  if (inputs.deploy === true && workspace.mode === "simple") {
    context.log.info(
      `dataworks.File ${inputs.fileName}: workspace ${projectId} is in simple mode, where submitting ` +
        `publishes to production; there is no separate deployment.`,
    );
  }

  // Straight after CreateFile or UpdateFile the step knows the file; otherwise (a lookup, a run
  // resuming after a partial failure) read it.
  let known = takeAfterWrite(outs);
  if (known !== undefined && inputs.outputList !== undefined && known.form === undefined) {
    known = undefined;
  }
  if (known === undefined) {
    const live = await getFile(client, { projectId, fileId });
    known = { commitStatus: live.file.commitStatus ?? 0, form: liveInputForm(live, "") };
  }
  let commitStatus = known.commitStatus;
  if (inputs.outputList !== undefined && !equal(known.form?.outputList, inputs.outputList)) {
    const request = updateFileRequest(projectId, fileId, inputs, ["outputList"], known.form ?? {});
    if (request !== undefined) {
      await updateFile(client, request);
      commitStatus = 0;
    }
  }

  let lastDeployment: Pick<FileComputed, "lastDeploymentId" | "lastDeploymentStatus"> = {
    ...(outs.lastDeploymentId === undefined ? {} : { lastDeploymentId: outs.lastDeploymentId }),
    ...(outs.lastDeploymentStatus === undefined
      ? {}
      : { lastDeploymentStatus: outs.lastDeploymentStatus }),
  };
  const what = `dataworks.File ${inputs.fileName} (${projectId}/${fileId})`;
  const track = async (deploymentId: number, doing: string): Promise<void> => {
    lastDeployment = { lastDeploymentId: deploymentId };
    try {
      await waitForDeployment(
        client,
        projectId,
        deploymentId,
        `${doing} ${what}`,
        context,
        deadline,
      );
    } catch (error) {
      // The framework keeps `outs` in state when a later step fails (partial failure, decision 8),
      // so the package that failed (or is still running) is recorded there for the user.
      outs.lastDeploymentId = deploymentId;
      // Read structurally, like the framework's errorCategory: another copy of the client may throw.
      const failed = (error as { code?: unknown } | null)?.code === "PollFailed";
      outs.lastDeploymentStatus = failed ? "failed" : "pending";
      throw error;
    }
    lastDeployment.lastDeploymentStatus = "success";
  };
  let needSubmit = commitStatus !== 1;
  let needDeploy = true;
  // The versions as last listed, while no package of this run has changed them since.
  let versions: readonly FileVersion[] | undefined;
  if (!needSubmit) {
    versions = await listFileVersions(client, { projectId, fileId });
    let newest = newestOf(versions);
    // A previous run stopped while its package was still running: wait for that package instead
    // of starting another (DeployFile is refused until the submit has succeeded, §3.1.8).
    const running = newest?.status === "COMMITTING" || newest?.status === "DEPLOYING";
    if (running && outs.lastDeploymentStatus === "pending" && outs.lastDeploymentId !== undefined) {
      await track(outs.lastDeploymentId, "waiting for the earlier package of");
      versions = await listFileVersions(client, { projectId, fileId });
      newest = newestOf(versions);
    }
    needSubmit = !isSubmitted(commitStatus, newest);
    needDeploy = needSubmit || newest?.isCurrentProd !== true;
  }
  // Whether this run put the newest submitted version into production.
  let published = false;
  if (want.submit && needSubmit) {
    await track(await submitFile(client, { projectId, fileId, comment: COMMENT }), "submitting");
    versions = undefined;
    // In a simple-mode workspace the submit is the publication (§4.2 step 4, §4.10).
    published = workspace.mode === "simple";
  }
  if (want.deploy && needDeploy) {
    await track(await deployFile(client, { projectId, fileId, comment: COMMENT }), "deploying");
    versions = undefined;
    published = true;
  }

  // §4.2 step 5: NodeId, CurrentVersion and CommitStatus as the service now reports them.
  const live = await getFile(client, { projectId, fileId });
  // The version in production (§4.8): the one just published is the newest submitted one, GetFile's
  // CurrentVersion (§3.1.3); only when this run published nothing do the versions say which it is.
  const deployedVersion = published
    ? live.file.currentVersion
    : deployedVersionOf(versions ?? (await listFileVersions(client, { projectId, fileId })));
  return {
    ...liveFields(live, inputs.folderPath, inputs, projectId),
    ...computedOf(live, deployedVersion, fileId, workspace, lastDeployment),
  };
}

/**
 * The live file in the outputs' form, or undefined when it is gone (`DeletedStatus` other than
 * NORMAL, §4.5). Drift of the lifecycle (§4.8) shows on the switches: code saved but not submitted
 * reads as `submit: false`, a newest version not in production as `deploy: false`, so the next
 * `up` submits and deploys again.
 */
export async function readFile(
  client: OperationSender,
  projectId: number,
  fileId: number,
  olds: FileOutputs,
): Promise<FileOutputs | undefined> {
  const live = await getFile(client, { projectId, fileId });
  if ((live.file.deletedStatus ?? "NORMAL") !== "NORMAL") return undefined;
  const versions = await listFileVersions(client, { projectId, fileId });
  const workspace = workspaceFrom(olds) ?? (await workspaceOf(client, projectId));
  // GetFile names the folder by ID only; its path is read again only when the file moved.
  const folderId = live.file.fileFolderId;
  const folderPath =
    folderId !== undefined && folderId !== olds.folderId
      ? (await getFolder(client, { projectId, folderId })).folderPath
      : olds.folderPath;

  const fields = liveFields(live, folderPath, olds, projectId);
  const want = wanted(olds, workspace.mode);
  const newest = newestOf(versions);
  if (want.submit && !isSubmitted(live.file.commitStatus, newest)) fields.submit = false;
  if (want.deploy && newest?.isCurrentProd !== true) fields.deploy = false;
  return {
    ...fields,
    ...computedOf(live, deployedVersionOf(versions), fileId, workspace, {
      ...(olds.lastDeploymentId === undefined ? {} : { lastDeploymentId: olds.lastDeploymentId }),
      ...(olds.lastDeploymentStatus === undefined
        ? {}
        : { lastDeploymentStatus: olds.lastDeploymentStatus }),
    }),
  };
}

/**
 * DeleteFile, waiting for the deletion package of a submitted file (§3.1.4), then — in a
 * standard-mode workspace, while the file is still in the recycle bin, i.e. still in production —
 * DeployFile to publish the deletion (§4.5). A file already in the recycle bin (a delete that
 * stopped half-way) goes straight to publishing.
 */
export async function removeFile(
  client: OperationSender,
  projectId: number,
  fileId: number,
  olds: Partial<FileOutputs>,
  context: StepContext,
): Promise<void> {
  const deadline: Deadline = deadlineFrom(context);
  const what = `dataworks.File ${olds.fileName ?? ""} (${projectId}/${fileId})`;
  let deploymentId: number | undefined;
  try {
    // Straight to DeleteFile: the file is normally there, and a deleted one is refused as unknown.
    deploymentId = await deleteFile(client, { projectId, fileId });
  } catch (error) {
    // Refused (as an unknown file in the emulator; the service's answer is undocumented, §4.5) or
    // lost: GetFile tells whether the file is gone, or in the recycle bin after an earlier delete
    // or after this one's lost answer. A file that is still there keeps the error.
    const status = (await getFile(client, { projectId, fileId })).file.deletedStatus ?? "NORMAL";
    if (status === "DELETED") return;
    if (status === "NORMAL") throw error;
    // An earlier delete may have stopped while its package still ran.
    await waitForNewestVersion(client, projectId, fileId, `deleting ${what}`, context, deadline);
    return publishDeletion(client, projectId, fileId, olds, what, context, deadline, false);
  }
  // An empty DeploymentId: never submitted, already completely deleted (§3.1.4).
  if (deploymentId === undefined) return;
  await waitForDeployment(client, projectId, deploymentId, `deleting ${what}`, context, deadline);
  return publishDeletion(client, projectId, fileId, olds, what, context, deadline, true);
}

/**
 * The second half of a delete in a standard-mode workspace: DeployFile publishes the deletion of a
 * file that reached production (§4.5). A file the outputs record in production needs it for sure
 * (production keeps it until then), so DeployFile goes out at once; otherwise GetFile says whether
 * the deletion is already complete (`DELETED`: the file never reached production).
 */
async function publishDeletion(
  client: OperationSender,
  projectId: number,
  fileId: number,
  olds: Partial<FileOutputs>,
  what: string,
  context: StepContext,
  deadline: Deadline,
  deletedNow: boolean,
): Promise<void> {
  const workspace = workspaceFrom(olds) ?? (await workspaceOf(client, projectId));
  if (workspace.mode !== "standard") return;
  const inProduction = deletedNow && olds.deployedVersion !== undefined;
  if (!inProduction) {
    const after = await getFile(client, { projectId, fileId });
    if (after.file.deletedStatus === "DELETED") return;
  }
  let deploymentId: number;
  try {
    deploymentId = await deployFile(client, { projectId, fileId, comment: COMMENT });
  } catch (error) {
    // Refused as unknown: the deletion is complete, nothing is left in production (§4.5, §4.8).
    if (errorCategory(error) === "notFound") return;
    throw error;
  }
  await waitForDeployment(
    client,
    projectId,
    deploymentId,
    `publishing the deletion of ${what}`,
    context,
    deadline,
  );
}
