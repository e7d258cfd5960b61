import type { ServiceContext } from "../../types";
import type { DliJob, DliProject, DliState } from "./model";

/** Records an internally created asynchronous job (spec/dli.md §6.1 emulator convention). */
export function recordJob(
  project: DliProject,
  ctx: ServiceContext<DliState>,
  job: Omit<DliJob, "id" | "startTime">,
): DliJob {
  const record: DliJob = { ...job, id: ctx.newId(), startTime: ctx.now() };
  project.jobs[record.id] = record;
  return record;
}

/** `RUNNING` (or `SCALING`) until the job's end, then `FINISHED` (spec/dli.md §6.1). */
export function jobStatus(job: DliJob, now: number): string {
  return now < job.endsAt ? job.runningStatus : "FINISHED";
}

/** Whether a queue has a job that has not finished (blocks queue delete, §2.2). */
export function queueIsBusy(project: DliProject, queueName: string, now: number): boolean {
  return Object.values(project.jobs).some(
    (job) => job.queueName === queueName && jobStatus(job, now) !== "FINISHED",
  );
}
