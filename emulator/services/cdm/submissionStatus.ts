import type { CdmJob, CdmSubmission } from "./model";
import { inputValue } from "./configInputs";

export type SubmissionState = "BOOTING" | "RUNNING" | "SUCCEEDED" | "FAILED";

export interface SubmissionView {
  status: SubmissionState;
  /** spec/cdm.md §4.12: `-1` on failure, otherwise 0–100. */
  progress: number;
  lastUpdate: number;
  errorSummary?: string;
}

/** The state of a run at `now` (spec/cdm.md Appendix D: `BOOTING` → `RUNNING` → `SUCCEEDED` / `FAILED`). */
export function submissionStatus(submission: CdmSubmission, now: number): SubmissionView {
  if (submission.stoppedAt !== undefined && now >= submission.stoppedAt) {
    // The seed documents no "stopped" status; a stopped run is FAILED (Appendix D).
    return {
      status: "FAILED",
      progress: -1,
      lastUpdate: submission.stoppedAt,
      errorSummary: "Job stopped",
    };
  }
  if (now < submission.bootEndsAt)
    return { status: "BOOTING", progress: 1, lastUpdate: submission.createdAt };
  if (now < submission.runEndsAt) {
    const span = Math.max(1, submission.runEndsAt - submission.bootEndsAt);
    const percent = Math.floor(((now - submission.bootEndsAt) / span) * 100);
    return { status: "RUNNING", progress: Math.min(99, Math.max(1, percent)), lastUpdate: now };
  }
  if (submission.outcome === "FAILED") {
    return {
      status: "FAILED",
      progress: -1,
      lastUpdate: submission.runEndsAt,
      errorSummary: submission.errorSummary ?? "Job failed",
    };
  }
  return { status: "SUCCEEDED", progress: 100, lastUpdate: submission.runEndsAt };
}

export function isRunning(view: SubmissionView): boolean {
  return view.status === "BOOTING" || view.status === "RUNNING";
}

/** The latest run of a job, or undefined when it never ran. */
export function latestSubmission(job: CdmJob): CdmSubmission | undefined {
  return job.submissions[job.submissions.length - 1];
}

/** Whether the job is running at `now` (blocks update, delete and start: `Cdm.0052`). */
export function jobIsRunning(job: CdmJob, now: number): boolean {
  const latest = latestSubmission(job);
  return latest !== undefined && isRunning(submissionStatus(latest, now));
}

/** `schedulerConfig.disposableType` (spec/cdm.md §4.15). */
export function disposableType(job: CdmJob): string {
  return inputValue(job.driverConfigValues, "schedulerConfig.disposableType") ?? "NONE";
}

/**
 * Whether a job has deleted itself by `now`: `DELETE` after any terminal run,
 * `DELETE_AFTER_SUCCEED` after a successful one (spec/cdm.md Appendix D).
 */
export function jobHasDisposed(job: CdmJob, now: number): boolean {
  const latest = latestSubmission(job);
  if (latest === undefined) return false;
  const view = submissionStatus(latest, now);
  const type = disposableType(job);
  if (type === "DELETE") return !isRunning(view);
  if (type === "DELETE_AFTER_SUCCEED") return view.status === "SUCCEEDED";
  return false;
}
