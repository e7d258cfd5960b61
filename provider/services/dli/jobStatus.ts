/**
 * `GET /v1.0/{project_id}/jobs/{job_id}/status` (spec/dli.md §6.1): the wait target of the async
 * variants (database and table delete, forced queue restart).
 */
import { z } from "zod";
import type { OperationSender } from "../../operation";
import { dliPath } from "./dliPath";
import { envelope } from "./envelope";
import { parseInput } from "./parseInput";
import { compact, wireNumber } from "./wireScalars";

export const DLI_JOB_STATUSES = ["LAUNCHING", "RUNNING", "SCALING", "FINISHED", "FAILED", "CANCELLED"] as const;
export type DliJobState = (typeof DLI_JOB_STATUSES)[number];
/** `FINISHED` is success; `FAILED`/`CANCELLED` are failures carrying `message` (spec/dli.md §6.1). */
export const DLI_JOB_TERMINAL_STATUSES: readonly DliJobState[] = ["FINISHED", "FAILED", "CANCELLED"];

export interface DliJobStatus {
  readonly jobId: string;
  readonly status: DliJobState;
  readonly message?: string;
  readonly jobType?: string;
  readonly jobMode?: string;
  readonly queueName?: string;
  readonly owner?: string;
  readonly startTime?: number;
  readonly duration?: number;
  readonly inputRowCount?: number;
  readonly badRowCount?: number;
  readonly inputSize?: number;
  readonly resultCount?: number;
  readonly databaseName?: string;
  readonly tableName?: string;
  readonly detail?: string;
  readonly statement?: string;
  readonly tags?: readonly { key: string; value: string }[];
}

const text = z.string().optional();
const num = wireNumber.optional();

export const JobStatusResponseSchema: z.ZodType<DliJobStatus> = envelope({
  job_id: z.string(),
  status: z.enum(DLI_JOB_STATUSES),
  job_type: text,
  job_mode: text,
  queue_name: text,
  owner: text,
  start_time: num,
  duration: num,
  input_row_count: num,
  bad_row_count: num,
  input_size: num,
  result_count: num,
  database_name: text,
  table_name: text,
  detail: text,
  statement: text,
  tags: z.array(z.object({ key: z.string(), value: z.string() })).optional(),
}).transform((wire) =>
  compact({
    jobId: wire.job_id,
    status: wire.status,
    message: wire.message === "" ? undefined : wire.message,
    jobType: wire.job_type,
    jobMode: wire.job_mode,
    queueName: wire.queue_name,
    owner: wire.owner,
    startTime: wire.start_time,
    duration: wire.duration,
    inputRowCount: wire.input_row_count,
    badRowCount: wire.bad_row_count,
    inputSize: wire.input_size,
    resultCount: wire.result_count,
    databaseName: wire.database_name,
    tableName: wire.table_name,
    detail: wire.detail,
    statement: wire.statement,
    tags: wire.tags,
  }),
);

export async function showJobStatus(sender: OperationSender, jobId: string): Promise<DliJobStatus> {
  parseInput(z.string().min(1), jobId, "showJobStatus");
  return sender.send({
    cloud: "huawei",
    service: "dli",
    action: "showJobStatus",
    method: "GET",
    path: dliPath("v1.0", "jobs", jobId, "status"),
    idempotent: true,
    response: JobStatusResponseSchema,
  });
}
