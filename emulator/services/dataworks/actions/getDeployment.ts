import type { AlibabaAction } from "../../../types";
import { deploymentView } from "../deploymentStatus";
import { studioOk } from "../envelope";
import { deploymentNotExists } from "../errors";
import { compact } from "../fileView";
import type { DataWorksState, DeploymentRecord } from "../model";
import { parseParams } from "../params";
import { resolveProject } from "../workspace";

/** GetDeployment (spec §3.1.8, level 1): the package's state at the current emulator time (§4.3). */
export const getDeployment: AlibabaAction<DataWorksState> = {
  level: 1,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, { DeploymentId: { type: "long", required: true } });
    const d = ctx.state.deployments[String(p.DeploymentId)];
    if (d === undefined || d.projectId !== project.projectId)
      throw deploymentNotExists(p.DeploymentId);
    return studioOk(ctx, { Data: { Deployment: deploymentItem(d, ctx.now()) } });
  },
};

function deploymentItem(d: DeploymentRecord, now: number): Record<string, unknown> {
  const view = deploymentView(d, now);
  return compact({
    Status: view.status,
    // Absent when no check is pending or the check passed (§2.6: "empty/absent = no check pending").
    CheckingStatus: view.checkingStatus,
    CreateTime: d.createTime,
    CreatorId: d.creatorId,
    ErrorMessage: view.errorMessage,
    ExecuteTime: view.executeTime,
    FromEnvironment: d.fromEnvironment,
    HandlerId: view.executeTime === undefined ? undefined : d.creatorId,
    Name: d.name,
    ToEnvironment: d.toEnvironment,
  });
}
