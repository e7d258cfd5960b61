import {
  CHECKING_STATUS,
  DEPLOYMENT_STATUS,
  getDeployment,
  listFileVersions,
  poll,
  PollFailedError,
  PollTimeoutError,
  type Deployment,
  type FileVersion,
  type OperationSender,
  type PollObservation,
} from "../../provider";
import type { StepContext } from "../framework/resourceDefinition";

/**
 * Waits for a deployment package (SubmitFile, DeployFile, DeleteFile) to finish by polling
 * GetDeployment (spec/dataworks.md §3.1.8, §4.3), with progress lines through the step context.
 */

/** §4.3 suggests a 2–5 s interval; GetDeployment is level 1 (50 QPS shared), so this is cheap. */
const POLL = { minIntervalMs: 2_000, maxIntervalMs: 5_000, factor: 1.5 } as const;

/**
 * A package just started (SubmitFile, DeployFile, DeleteFile) is queued before it runs (§4.3; the
 * emulator's convention: 1 s), so a GetDeployment straight after the call only ever sees it queued.
 * The first poll therefore comes one interval later, and the intervals grow from there as they
 * would have: the same schedule as polling at once, less that first poll.
 */
const FIRST_POLL_DELAY_MS = POLL.minIntervalMs;
const AFTER_FIRST_POLL = {
  ...POLL,
  minIntervalMs: Math.min(POLL.maxIntervalMs, POLL.minIntervalMs * POLL.factor),
} as const;

/** A time budget shared by every wait of one operation (the `timeouts` input, decision 7). */
export interface Deadline {
  /** Milliseconds left; never negative. */
  remainingMs(): number;
}

export function deadlineFrom(context: StepContext): Deadline {
  const endsAt = context.clock.now() + context.timeoutMs;
  return { remainingMs: () => Math.max(0, endsAt - context.clock.now()) };
}

/** Reads a package the way §4.3's table says; `state` is what the progress lines show. */
export function observeDeployment(deployment: Deployment): PollObservation<Deployment> {
  const reason = deployment.errorMessage;
  if (deployment.checkingStatus === CHECKING_STATUS.CHECK_FAILED) {
    return { state: "check failed", done: true, failed: true, reason, value: deployment };
  }
  if (deployment.status === DEPLOYMENT_STATUS.FAILURE) {
    return { state: "failed", done: true, failed: true, reason, value: deployment };
  }
  if (deployment.checkingStatus === CHECKING_STATUS.CHECKING) {
    return { state: "checking", done: false, value: deployment };
  }
  if (deployment.status === DEPLOYMENT_STATUS.SUCCESS) {
    return { state: "succeeded", done: true, value: deployment };
  }
  return {
    state: deployment.executeTime === undefined ? "queued" : "running",
    done: false,
    value: deployment,
  };
}

/**
 * Resolves when the package succeeded; rejects with PollFailedError when it failed or its check
 * failed, and with PollTimeoutError when the deadline passes first.
 */
export async function waitForDeployment(
  client: OperationSender,
  projectId: number,
  deploymentId: number,
  what: string,
  context: StepContext,
  deadline: Deadline,
): Promise<Deployment | undefined> {
  const waited = Math.min(FIRST_POLL_DELAY_MS, deadline.remainingMs());
  await context.clock.sleep(waited);
  const described = `${what} (deployment ${deploymentId})`;
  const report = context.progress(described);
  try {
    return await poll({
      what: described,
      check: async () =>
        observeDeployment(await getDeployment(client, { projectId, deploymentId })),
      clock: context.clock,
      ...AFTER_FIRST_POLL,
      deadlineMs: deadline.remainingMs(),
      // The poller counts from its own start; the wait the user sees includes the first delay.
      onProgress: (state, elapsedMs) => report(state, elapsedMs + waited),
    });
  } catch (error) {
    throw withFirstDelay(error, waited);
  }
}

/** The poller's errors with the first delay counted in, so their messages give the whole wait. */
function withFirstDelay(error: unknown, waited: number): unknown {
  if (error instanceof PollTimeoutError) {
    return new PollTimeoutError(error.what, error.lastState, error.elapsedMs + waited);
  }
  if (error instanceof PollFailedError) {
    return new PollFailedError(error.what, error.state, error.reason, error.elapsedMs + waited);
  }
  return error;
}

/**
 * Waits until the newest version of a file is no longer being submitted (`COMMITTING`, §2.6), for
 * a package whose ID is not known any more (a delete that stopped while its package ran). A
 * `CANCELLED` version means that package failed.
 */
export async function waitForNewestVersion(
  client: OperationSender,
  projectId: number,
  fileId: number,
  what: string,
  context: StepContext,
  deadline: Deadline,
): Promise<FileVersion | undefined> {
  return poll({
    what,
    check: async () => {
      const versions = await listFileVersions(client, { projectId, fileId });
      const newest = versions.reduce<FileVersion | undefined>(
        (found, v) => (found === undefined || v.fileVersion > found.fileVersion ? v : found),
        undefined,
      );
      const state = newest?.status ?? "no version";
      return { state, done: state !== "COMMITTING", failed: state === "CANCELLED", value: newest };
    },
    clock: context.clock,
    ...POLL,
    deadlineMs: deadline.remainingMs(),
    onProgress: context.progress(what),
  });
}
