/**
 * Answer of the deletes that may run asynchronously (spec/dli.md §4.2, §5.2): `job_mode` `sync`, or
 * `async` with a `job_id` to poll with `showJobStatus` (§6.1). The table-delete table documents no
 * `job_id`; it is read when present (§5.2, emulator convention).
 */
import { z } from "zod";
import { envelope } from "./envelope";
import { compact } from "./wireScalars";

export interface DliDdlResult {
  readonly jobMode?: "sync" | "async";
  readonly jobId?: string;
  readonly jobType?: string;
}

export const DdlResponseSchema: z.ZodType<DliDdlResult> = envelope({
  job_mode: z.enum(["sync", "async"]).optional(),
  job_id: z.string().optional(),
  job_type: z.string().optional(),
}).transform((wire) => compact({ jobMode: wire.job_mode, jobId: wire.job_id, jobType: wire.job_type }));
