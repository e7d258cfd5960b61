import type { AlibabaAction } from "../../../types";
import { createDeployment } from "../deployments";
import { studioOk } from "../envelope";
import { fileOf } from "../fileLookup";
import type { DataWorksState } from "../model";
import { allocateId } from "../model";
import { parseParams } from "../params";
import { appendVersion, nextVersionNumber } from "../versions";
import { resolveProject } from "../workspace";

/**
 * SubmitFile (spec §3.1.6, level 3, asynchronous): snapshots the file as a new version (CREATE on the
 * first submit, UPDATE afterwards), assigns the scheduling node on the first submit, marks the code
 * committed and returns the deployment package to poll with GetDeployment (§4.10). In a simple-mode
 * workspace the package publishes straight to production.
 */
export const submitFile: AlibabaAction<DataWorksState> = {
  level: 3,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, {
      FileId: { type: "long", required: true },
      Comment: { type: "string" },
    });
    const file = fileOf(ctx, project, p.FileId);
    if (file.nodeId === undefined) file.nodeId = allocateId(ctx.state, "node");
    const deployment = createDeployment(ctx, project, file, "submit", nextVersionNumber(file));
    appendVersion(
      ctx,
      file,
      file.versions.length === 0 ? "CREATE" : "UPDATE",
      p.Comment ?? "",
      deployment.deploymentId,
    );
    file.commitStatus = 1;
    return studioOk(ctx, { Data: deployment.deploymentId });
  },
};
