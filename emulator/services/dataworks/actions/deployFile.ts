import type { AlibabaAction } from "../../../types";
import { PROJECT_MODE_SIMPLE } from "../constants";
import { hasSucceeded } from "../deploymentStatus";
import { createDeployment } from "../deployments";
import { studioOk } from "../envelope";
import { fileNotExists, invalidParam } from "../errors";
import { fileOf, fileOfNode } from "../fileLookup";
import { deletedStatus } from "../fileStatus";
import type { DataWorksState, FileRecord } from "../model";
import { dataWorksOptions } from "../options";
import { parseParams, requireOneOf } from "../params";
import { resolveProject } from "../workspace";

/**
 * DeployFile (spec §3.1.7, level 3, asynchronous): publishes the newest submitted version to
 * production, or, for a deleted file, publishes the deletion (§4.5). The newest submit must have
 * succeeded first (§3.1.8: "deployed to production only when Status is 1", §4.10), else
 * `Invalid.Param`. A simple-mode workspace has no separate production step: SubmitFile already
 * published, so DeployFile is rejected there (option `simpleModeDeploy: "noop"` accepts it as a
 * package that changes nothing, §6 q7).
 */
export const deployFile: AlibabaAction<DataWorksState> = {
  level: 3,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    requireOneOf(params, ["FileId", "NodeId"]);
    const p = parseParams(params, {
      FileId: { type: "long" },
      NodeId: { type: "long" },
      Comment: { type: "string" },
    });
    const file =
      p.FileId !== undefined
        ? fileOf(ctx, project, p.FileId, true)
        : fileOfNode(ctx, project, p.NodeId ?? 0, true);
    if (
      project.mode === PROJECT_MODE_SIMPLE &&
      dataWorksOptions(ctx.options).simpleModeDeploy === "reject"
    ) {
      throw invalidParam(
        "a simple-mode workspace has no production deployment: SubmitFile publishes the file",
      );
    }
    if (file.deletedAt !== undefined && deletedStatus(ctx, file) === "DELETED")
      throw fileNotExists(file.fileId);
    const version = file.versions[file.versions.length - 1];
    if (
      version === undefined ||
      !hasSucceeded(ctx.state.deployments[String(version.submitDeploymentId)], ctx.now())
    ) {
      throw invalidParam(pendingReason(file));
    }
    const deployment = createDeployment(
      ctx,
      project,
      file,
      version.changeType === "DELETE" ? "deployDelete" : "deploy",
      version.version,
    );
    version.deployDeploymentIds.push(deployment.deploymentId);
    return studioOk(ctx, { Data: deployment.deploymentId });
  },
};

function pendingReason(file: FileRecord): string {
  if (file.versions.length === 0) return "the file has never been submitted: call SubmitFile first";
  return file.deletedAt !== undefined
    ? "the deletion has not been committed yet: poll the DeleteFile deployment until it succeeds"
    : "the newest submit has not succeeded: poll its deployment until Status is 1";
}
