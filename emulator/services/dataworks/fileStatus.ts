import { TO_PRODUCTION } from "./constants";
import type { DataWorksContext } from "./context";
import { deploymentView, hasSucceeded } from "./deploymentStatus";
import type { DeploymentRecord, FileRecord, FileVersionRecord } from "./model";

/**
 * File-version and deletion states derived from the file's deployment packages at `ctx.now()`
 * (spec §2.6, §4.5). Stored facts: which package submitted each version and which ones deployed it.
 */

export type VersionStatus = "COMMITTING" | "COMMITTED" | "CANCELLED" | "DEPLOYING" | "DEPLOYED";
export type DeletedStatus = "NORMAL" | "RECYCLE_BIN" | "DELETED";

function deployment(ctx: DataWorksContext, id: number | undefined): DeploymentRecord | undefined {
  return id === undefined ? undefined : ctx.state.deployments[String(id)];
}

/** Whether a version reached production: its last DeployFile succeeded, or (simple mode) its submit did. */
function isPublished(ctx: DataWorksContext, v: FileVersionRecord): boolean {
  const submit = deployment(ctx, v.submitDeploymentId);
  if (submit?.toEnvironment === TO_PRODUCTION && hasSucceeded(submit, ctx.now())) return true;
  return v.deployDeploymentIds.some((id) => hasSucceeded(deployment(ctx, id), ctx.now()));
}

export function versionStatus(ctx: DataWorksContext, v: FileVersionRecord): VersionStatus {
  const now = ctx.now();
  const submit = deployment(ctx, v.submitDeploymentId);
  if (submit === undefined) return "COMMITTED";
  const submitted = deploymentView(submit, now);
  if (submitted.finishedAt === undefined) return "COMMITTING";
  if (submitted.status !== 1) return "CANCELLED";
  if (submit.toEnvironment === TO_PRODUCTION) return "DEPLOYED";
  const lastDeploy = deployment(ctx, v.deployDeploymentIds[v.deployDeploymentIds.length - 1]);
  if (lastDeploy === undefined) return isPublished(ctx, v) ? "DEPLOYED" : "COMMITTED";
  const deployed = deploymentView(lastDeploy, now);
  if (deployed.finishedAt === undefined) return "DEPLOYING";
  return isPublished(ctx, v) ? "DEPLOYED" : "COMMITTED";
}

/** The newest version that is live in production, if any (`IsCurrentProd`, spec §3.1.11). */
export function productionVersion(ctx: DataWorksContext, file: FileRecord): number | undefined {
  let newest: number | undefined;
  for (const v of file.versions) {
    if (isPublished(ctx, v) && (newest === undefined || v.version > newest)) newest = v.version;
  }
  return newest;
}

/**
 * `DeletedStatus` (spec §2.6, §4.5 emulator convention): a deleted file sits in the recycle bin until
 * its deletion is complete: in a simple-mode workspace, or when the file never reached production,
 * that is when DeleteFile's package succeeds; otherwise when the deletion has been deployed to
 * production with DeployFile.
 */
export function deletedStatus(ctx: DataWorksContext, file: FileRecord): DeletedStatus {
  if (file.deletedAt === undefined) return "NORMAL";
  const deletion = file.versions[file.versions.length - 1];
  if (deletion === undefined || deletion.changeType !== "DELETE") return "DELETED";
  return isPublished(ctx, deletion) ||
    (!wasInProduction(ctx, file) &&
      hasSucceeded(deployment(ctx, deletion.submitDeploymentId), ctx.now()))
    ? "DELETED"
    : "RECYCLE_BIN";
}

/** Whether any version before the deletion reached production (then the deletion must be deployed). */
export function wasInProduction(ctx: DataWorksContext, file: FileRecord): boolean {
  return file.versions.some((v) => v.changeType !== "DELETE" && isPublished(ctx, v));
}
