import {
  DELETE_EXECUTION_MS,
  DEPLOY_EXECUTION_MS,
  EMULATOR_USER_ID,
  FROM_DEVELOPMENT,
  FROM_LOCAL,
  PROJECT_MODE_SIMPLE,
  SUBMIT_EXECUTION_MS,
  TO_DEVELOPMENT,
  TO_PRODUCTION,
} from "./constants";
import type { DataWorksContext } from "./context";
import type { DeploymentKind, DeploymentRecord, FileRecord, ProjectRecord } from "./model";
import { allocateId } from "./model";
import { dataWorksOptions } from "./options";

export const FAILED_DEPLOYMENT_MESSAGE =
  "Deployment failed: the emulator fails deployments of this file (option dataworks.failDeploymentsOf).";

/**
 * Creates a deployment package (发布包) for a file (spec §3.1.8: SubmitFile, DeployFile and DeleteFile
 * each create one). Environments (§2.1, §4.3): a submit goes local → development (0 → 1) and a deploy
 * development → production (1 → 2). A simple-mode workspace has no development environment, so its
 * submit and delete packages go straight to production (0 → 2, §4.10 "SubmitFile also publishes").
 */
export function createDeployment(
  ctx: DataWorksContext,
  project: ProjectRecord,
  file: FileRecord,
  kind: DeploymentKind,
  fileVersion: number,
): DeploymentRecord {
  const options = dataWorksOptions(ctx.options);
  const simple = project.mode === PROJECT_MODE_SIMPLE;
  const toDevelopment = kind === "submit" || kind === "delete";
  const now = ctx.now();
  const deploymentId = allocateId(ctx.state, "deployment");
  const record: DeploymentRecord = {
    deploymentId,
    projectId: project.projectId,
    fileId: file.fileId,
    fileVersion,
    kind,
    // `<FileName>-<yyyy-MM-dd>_<CreatorId>` (spec §3.1.8 example `ods_user_info_d-2020-07-04_20030****`).
    name: `${file.fileName}-${new Date(now).toISOString().slice(0, 10)}_${EMULATOR_USER_ID}`,
    creatorId: EMULATOR_USER_ID,
    fromEnvironment: toDevelopment ? FROM_LOCAL : FROM_DEVELOPMENT,
    toEnvironment: toDevelopment && !simple ? TO_DEVELOPMENT : TO_PRODUCTION,
    createTime: now,
    executionMs: executionMsOf(kind),
    outcome: options.failDeploymentsOf.includes(file.fileName)
      ? { success: false, errorMessage: FAILED_DEPLOYMENT_MESSAGE }
      : { success: true },
  };
  // Extension checks run when a file is submitted (spec §3.1.9).
  if (kind === "submit" && options.deploymentCheck !== "none") {
    const checkerInstanceId = `1_${deploymentId}_1`;
    record.check =
      options.deploymentCheck === "callback"
        ? { checkerInstanceId, mode: "callback" }
        : {
            checkerInstanceId,
            mode: "timed",
            result: options.deploymentCheck === "pass" ? "OK" : "FAIL",
          };
  }
  ctx.state.deployments[String(deploymentId)] = record;
  return record;
}

function executionMsOf(kind: DeploymentKind): number {
  switch (kind) {
    case "submit":
      return SUBMIT_EXECUTION_MS;
    case "delete":
      return DELETE_EXECUTION_MS;
    case "deploy":
    case "deployDelete":
      return DEPLOY_EXECUTION_MS;
  }
}
