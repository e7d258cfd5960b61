import type { AlibabaAction } from "../../../types";
import {
  DEFAULT_AUTO_RERUN_INTERVAL_MS,
  DEFAULT_AUTO_RERUN_TIMES,
  EMULATOR_TENANT_ID,
  PROJECT_MODE_SIMPLE,
  STANDARD_PROJECT_ID,
} from "../constants";
import { displayTime } from "../displayTime";
import { tenantOk } from "../envelope";
import type { DataWorksState, ProjectRecord } from "../model";
import { requireProject } from "../workspace";

/**
 * GetProject (spec §3.6.1, level 1): the workspace's settings. `ProjectMode` 2 (simple) has only the
 * `PROD` environment, 3 (standard) has `DEV` and `PROD`; `EnvTypes` is a JSON array (the seed prints
 * it as a string, §3.6.1 note). Deprecated fields carry the example's values.
 */
export const getProject: AlibabaAction<DataWorksState> = {
  level: 1,
  handle(params, ctx) {
    return tenantOk(ctx, projectView(requireProject(params, ctx)));
  },
};

function projectView(p: ProjectRecord): Record<string, unknown> {
  const simple = p.mode === PROJECT_MODE_SIMPLE;
  return {
    ProjectId: p.projectId,
    ProjectIdentifier: p.identifier,
    ProjectName: p.name,
    ProjectDescription: p.description,
    ProjectMode: p.mode,
    EnvTypes: simple ? ["PROD"] : ["DEV", "PROD"],
    // AVAILABLE (0).
    Status: 0,
    ProjectOwnerBaseId: p.ownerBaseId,
    TenantId: EMULATOR_TENANT_ID,
    IsDefault: p.projectId === STANDARD_PROJECT_ID ? 1 : 0,
    IsAllowDownload: 1,
    TablePrivacyMode: 1,
    ProtectedMode: 0,
    DisableDevelopment: false,
    UseProxyOdpsAccount: true,
    ResidentArea: "private",
    SchedulerMaxRetryTimes: DEFAULT_AUTO_RERUN_TIMES,
    SchedulerRetryInterval: DEFAULT_AUTO_RERUN_INTERVAL_MS,
    DefaultDiResourceGroupIdentifier: `group_${EMULATOR_TENANT_ID}`,
    GmtCreate: displayTime(p.createTime),
    GmtModified: displayTime(p.modifyTime),
    // Deprecated (§3.6.1): the documented example's values.
    MaxFlowNode: 1,
    DevelopmentType: 4,
    Destination: 0,
    BaseProject: false,
    Appkey: 0,
    DevStorageQuota: 0,
    ProdStorageQuota: 1,
  };
}
