import { CDM_USER } from "./constants";
import type { CdmJob, CdmSubmission } from "./model";
import { disposableType, submissionStatus } from "./submissionStatus";

function counters(rows: number): Record<string, unknown> {
  // spec/cdm.md §4.12 `counter`; -1 = not applicable (the seed's example).
  return {
    "org.apache.sqoop.submission.counter.SqoopCounters": {
      BYTES_WRITTEN: rows * 100,
      TOTAL_FILES: -1,
      ROWS_READ: rows,
      BYTES_READ: rows * 100,
      ROWS_WRITTEN: rows,
      FILES_WRITTEN: -1,
      FILES_READ: -1,
      TOTAL_SIZE: rows * 100,
      FILES_SKIPPED: -1,
      ROWS_WRITTEN_SKIPPED: 0,
    },
  };
}

/**
 * A `Submission` of the status and history APIs (spec/cdm.md §4.11, §4.12): `counters` only when
 * `SUCCEEDED`, `error-summary` / `error-details` only when `FAILED`.
 */
export function renderSubmission(
  job: CdmJob,
  submission: CdmSubmission,
  now: number,
): Record<string, unknown> {
  const view = submissionStatus(submission, now);
  const body: Record<string, unknown> = {
    isIncrementing: false,
    "job-name": job.name,
    isStoppingIncrement: "",
    "is-execute-auto": false,
    "last-update-date": view.lastUpdate,
    "last-update-user": CDM_USER,
    isDeleteJob: disposableType(job) !== "NONE",
    "creation-user": CDM_USER,
    "creation-date": submission.createdAt,
    "external-id": submission.externalId,
    progress: view.progress,
    "submission-id": submission.id,
    delete_rows: 0,
    update_rows: 0,
    write_rows: view.status === "SUCCEEDED" ? submission.rows : 0,
    "execute-date": submission.createdAt,
    status: view.status,
  };
  if (view.status === "SUCCEEDED") body["counters"] = counters(submission.rows);
  if (view.status === "FAILED") {
    body["error-summary"] = view.errorSummary;
    body["error-details"] =
      `${view.errorSummary ?? "Job failed"} (submission ${submission.id} of job ${job.name}).`;
  }
  return body;
}

/**
 * A `StartJobSubmission` (start and random-cluster responses, spec/cdm.md §4.12; note the seed's
 * `last-udpate-user` spelling in this object). A random-cluster run answers `PENDING` (§4.5).
 */
export function renderStartSubmission(
  job: CdmJob,
  submission: CdmSubmission,
  now: number,
): Record<string, unknown> {
  const view = submissionStatus(submission, now);
  return {
    isIncrementing: false,
    delete_rows: 0,
    update_rows: 0,
    write_rows: 0,
    "submission-id": submission.id,
    "job-name": job.name,
    "creation-user": CDM_USER,
    "creation-date": submission.createdAt,
    "execute-date": submission.createdAt,
    progress: submission.random ? 0 : view.progress,
    status: submission.random ? "PENDING" : view.status,
    isStoppingIncrement: "",
    "is-execute-auto": false,
    "last-update-date": submission.createdAt,
    "last-udpate-user": CDM_USER,
    isDeleteJob: disposableType(job) !== "NONE",
  };
}

/** `NEVER_EXECUTED` answer of the status API for a job that never ran (Appendix D). */
export function renderNeverExecuted(job: CdmJob): Record<string, unknown> {
  return { "job-name": job.name, status: "NEVER_EXECUTED", progress: 0 };
}
