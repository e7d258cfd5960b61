/**
 * Job run records (spec/cdm.md §4.12): `StartJobSubmission` (start, random create-and-run) and
 * `Submission` (status, history) normalise to one `CdmSubmission` shape. Drift accepted: Long fields
 * as strings (`"creation-date": "1536905778725"`), `last-udpate-user` / `last-update-user` (GAP-51).
 */
import { z } from "zod";
import { compact, wireBoolean, wireNumber } from "./wireScalars";

/** Submission statuses; `PENDING` is only seen in an example (spec/cdm.md §4.12, GAP-47). */
export const CDM_SUBMISSION_STATUSES = [
  "BOOTING",
  "FAILURE_ON_SUBMIT",
  "RUNNING",
  "SUCCEEDED",
  "FAILED",
  "UNKNOWN",
  "NEVER_EXECUTED",
  "PENDING",
] as const;
export type CdmSubmissionStatus = (typeof CDM_SUBMISSION_STATUSES)[number];
/** Statuses after which the run will not change any more (spec/cdm.md §4.12, inferred there). */
export const CDM_SUBMISSION_TERMINAL_STATUSES: readonly CdmSubmissionStatus[] = [
  "SUCCEEDED",
  "FAILED",
  "FAILURE_ON_SUBMIT",
  "NEVER_EXECUTED",
  "UNKNOWN",
];

export interface CdmSubmission {
  readonly jobName: string;
  readonly status: CdmSubmissionStatus;
  readonly submissionId?: number;
  /** `-1` on failure, otherwise 0–100. */
  readonly progress?: number;
  readonly creationUser?: string;
  readonly creationDate?: number;
  readonly executeDate?: number;
  readonly lastUpdateDate?: number;
  readonly lastUpdateUser?: string;
  readonly externalId?: string;
  readonly isIncrementing?: boolean;
  readonly isStoppingIncrement?: string;
  readonly isExecuteAuto?: boolean;
  readonly isDeleteJob?: boolean;
  readonly deleteRows?: number;
  readonly updateRows?: number;
  readonly writeRows?: number;
  /** Sqoop counters (`ROWS_READ` …, `-1` = not applicable); only when `SUCCEEDED`. */
  readonly counters?: Readonly<Record<string, number>>;
  /** Only when `FAILED`. */
  readonly errorSummary?: string;
  readonly errorDetails?: string;
}

const text = z.string().optional();
const wireSubmission = z.object({
  "job-name": z.string(),
  status: z.enum(CDM_SUBMISSION_STATUSES),
  "submission-id": wireNumber.optional(),
  progress: wireNumber.optional(),
  "creation-user": text,
  "creation-date": wireNumber.optional(),
  "execute-date": wireNumber.optional(),
  "last-update-date": wireNumber.optional(),
  "last-update-user": text,
  "last-udpate-user": text,
  "external-id": text,
  isIncrementing: wireBoolean.optional(),
  isStoppingIncrement: text,
  "is-execute-auto": wireBoolean.optional(),
  isDeleteJob: wireBoolean.optional(),
  delete_rows: wireNumber.optional(),
  update_rows: wireNumber.optional(),
  write_rows: wireNumber.optional(),
  counters: z.record(z.string(), z.record(z.string(), wireNumber)).optional(),
  "error-summary": text,
  "error-details": text,
});

function toSubmission(wire: z.output<typeof wireSubmission>): CdmSubmission {
  const counters =
    wire.counters === undefined ? undefined : Object.assign({}, ...Object.values(wire.counters));
  return compact({
    jobName: wire["job-name"],
    status: wire.status,
    submissionId: wire["submission-id"],
    progress: wire.progress,
    creationUser: wire["creation-user"],
    creationDate: wire["creation-date"],
    executeDate: wire["execute-date"],
    lastUpdateDate: wire["last-update-date"],
    lastUpdateUser: wire["last-update-user"] ?? wire["last-udpate-user"],
    externalId: wire["external-id"],
    isIncrementing: wire.isIncrementing,
    isStoppingIncrement: wire.isStoppingIncrement,
    isExecuteAuto: wire["is-execute-auto"],
    isDeleteJob: wire.isDeleteJob,
    deleteRows: wire.delete_rows,
    updateRows: wire.update_rows,
    writeRows: wire.write_rows,
    counters,
    errorSummary: wire["error-summary"],
    errorDetails: wire["error-details"],
  });
}

/** `{"submissions": [...]}` of start, random create-and-run and status (spec/cdm.md §4.5, §4.9, §4.11). */
export const SubmissionsResponseSchema: z.ZodType<CdmSubmission[]> = z
  .object({ submissions: z.array(wireSubmission) })
  .transform((wire) => wire.submissions.map(toSubmission));

export interface CdmSubmissionHistory {
  readonly submissions: readonly CdmSubmission[];
  readonly total?: number;
  readonly pageNo?: number;
  readonly pageSize?: number;
}

/** History answer (spec/cdm.md §4.11): no paging parameters are documented, one call. */
export const SubmissionHistoryResponseSchema: z.ZodType<CdmSubmissionHistory> = z
  .object({
    submissions: z.array(wireSubmission),
    total: wireNumber.optional(),
    page_no: wireNumber.optional(),
    page_size: wireNumber.optional(),
  })
  .transform((wire) =>
    compact({
      submissions: wire.submissions.map(toSubmission),
      total: wire.total,
      pageNo: wire.page_no,
      pageSize: wire.page_size,
    }),
  );
