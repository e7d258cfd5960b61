import {
  CHECK_FAILED,
  CHECKING,
  DEPLOYMENT_CHECK_MS,
  DEPLOYMENT_FAILURE,
  DEPLOYMENT_QUEUE_MS,
  DEPLOYMENT_READY,
  DEPLOYMENT_SUCCESS,
} from "./constants";
import type { DeploymentRecord } from "./model";

/**
 * The state of a deployment package at time `now`, derived from its creation time and planned
 * outcome (lifecycle `dataworks::deployment`, spec §4.3):
 *
 *   queued      Status 0, no ExecuteTime               [createTime, +DEPLOYMENT_QUEUE_MS)
 *   checking    Status 0, CheckingStatus 8             only with an extension check (§3.1.9)
 *   executing   Status 0, ExecuteTime set              executionMs long
 *   finished    Status 1 (success) or 2 (failure, ErrorMessage)
 *   check fail  Status 2, CheckingStatus 7, ErrorMessage
 *
 * Nothing is stored when the state changes, so a package that was running when the emulator stopped
 * finishes after a restart, and the control API's clock advance moves it along.
 */
export interface DeploymentView {
  readonly status: 0 | 1 | 2;
  readonly checkingStatus?: 7 | 8;
  readonly executeTime?: number;
  readonly errorMessage?: string;
  /** When the package reached its final state (absent while it is still running). */
  readonly finishedAt?: number;
}

export const CHECK_FAILED_MESSAGE = "The deployment check did not pass.";

export function deploymentView(d: DeploymentRecord, now: number): DeploymentView {
  let executeFrom = d.createTime + DEPLOYMENT_QUEUE_MS;
  if (d.check !== undefined) {
    const decidedAt =
      d.check.mode === "timed" ? executeFrom + DEPLOYMENT_CHECK_MS : d.check.decidedAt;
    if (now < executeFrom) return { status: DEPLOYMENT_READY };
    if (decidedAt === undefined || now < decidedAt || d.check.result === undefined) {
      return { status: DEPLOYMENT_READY, checkingStatus: CHECKING };
    }
    if (d.check.result === "FAIL") {
      return {
        status: DEPLOYMENT_FAILURE,
        checkingStatus: CHECK_FAILED,
        errorMessage: CHECK_FAILED_MESSAGE,
        finishedAt: decidedAt,
      };
    }
    executeFrom = Math.max(executeFrom, decidedAt);
  }
  if (now < executeFrom) return { status: DEPLOYMENT_READY };
  const finishedAt = executeFrom + d.executionMs;
  if (now < finishedAt) return { status: DEPLOYMENT_READY, executeTime: executeFrom };
  if (d.outcome.success)
    return { status: DEPLOYMENT_SUCCESS, executeTime: executeFrom, finishedAt };
  return {
    status: DEPLOYMENT_FAILURE,
    executeTime: executeFrom,
    errorMessage: d.outcome.errorMessage,
    finishedAt,
  };
}

export function hasSucceeded(d: DeploymentRecord | undefined, now: number): boolean {
  return d !== undefined && deploymentView(d, now).status === DEPLOYMENT_SUCCESS;
}

export function isRunning(d: DeploymentRecord | undefined, now: number): boolean {
  return d !== undefined && deploymentView(d, now).finishedAt === undefined;
}
