import type { AlibabaAction } from "../../../types";
import { createDeployment } from "../deployments";
import { studioOk } from "../envelope";
import { fileOf } from "../fileLookup";
import type { DataWorksState } from "../model";
import { dataWorksOptions } from "../options";
import { parseParams } from "../params";
import { appendVersion, nextVersionNumber } from "../versions";
import { resolveProject } from "../workspace";

/**
 * DeleteFile (spec §3.1.4, level 3). A file that was never submitted is deleted at once and the answer
 * has an empty `DeploymentId` (absent by default, `null` with option `emptyDeploymentId`, §6 q9).
 * A submitted file goes to the recycle bin, gets a DELETE version and a deployment package that
 * removes it from the scheduling system; in a standard-mode workspace a file that reached production
 * stays there until the deletion is deployed with DeployFile (§4.5).
 */
export const deleteFile: AlibabaAction<DataWorksState> = {
  level: 3,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, { FileId: { type: "long", required: true } });
    const file = fileOf(ctx, project, p.FileId);
    if (file.versions.length === 0) {
      delete ctx.state.files[String(file.fileId)];
      const empty =
        dataWorksOptions(ctx.options).emptyDeploymentId === "null" ? { DeploymentId: null } : {};
      return studioOk(ctx, empty);
    }
    const deployment = createDeployment(ctx, project, file, "delete", nextVersionNumber(file));
    appendVersion(ctx, file, "DELETE", "", deployment.deploymentId);
    file.deletedAt = ctx.now();
    return studioOk(ctx, { DeploymentId: deployment.deploymentId });
  },
};
