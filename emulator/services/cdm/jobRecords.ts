import type { ServiceContext } from "../../types";
import { cdmOptions } from "./cdmOptions";
import { CDM_RUN_ROWS, CDM_USER } from "./constants";
import { jobNotFound, linkDisabled } from "./errors";
import type { CdmCluster, CdmConfigValues, CdmJob, CdmState, CdmSubmission } from "./model";
import type { JobBody } from "./schemas";

/** A new job record from a validated body (spec/cdm.md §4.4). */
export function newJob(body: JobBody, ctx: ServiceContext<CdmState>): CdmJob {
  const now = ctx.now();
  return {
    id: ctx.state.nextJobId++,
    name: body.name,
    creationUser: CDM_USER,
    creationDate: now,
    submissions: [],
    ...jobFields(body, now),
  };
}

/** The replaceable fields of a job (update is a full replacement, spec/cdm.md §4.7). */
export function jobFields(
  body: JobBody,
  now: number,
): Omit<CdmJob, "id" | "name" | "creationUser" | "creationDate" | "submissions"> {
  return {
    jobType: body.job_type,
    fromConnectorName: body["from-connector-name"],
    fromLinkName: body["from-link-name"],
    fromConfigValues: structuredClone(body["from-config-values"]) as CdmConfigValues,
    toConnectorName: body["to-connector-name"],
    toLinkName: body["to-link-name"],
    toConfigValues: structuredClone(body["to-config-values"]) as CdmConfigValues,
    driverConfigValues: structuredClone(body["driver-config-values"]) as CdmConfigValues,
    updateUser: CDM_USER,
    updateDate: now,
  };
}

/** The job named by the `{job_name}` path parameter, or `Cdm.0100` (400 unless told otherwise). */
export function findJob(cluster: CdmCluster, name: string, status = 400): CdmJob {
  const job = cluster.jobs[name];
  if (job === undefined) throw jobNotFound(name, status);
  return job;
}

/**
 * A run reads and writes through both links, so a disabled link (`"enabled": false`, spec/cdm.md
 * §3.2) refuses the submission with `Cdm.0060` (§5.1).
 */
export function requireEnabledLinks(
  cluster: CdmCluster,
  job: Pick<CdmJob, "fromLinkName" | "toLinkName">,
): void {
  for (const name of [job.fromLinkName, job.toLinkName]) {
    if (cluster.links[name]?.enabled === false) throw linkDisabled(name);
  }
}

/**
 * Starts a run: `BOOTING` for `cdmJobBootMs`, `RUNNING` for `cdmJobRunMs`, then `SUCCEEDED`, or
 * `FAILED` when the `cdmFailRuns` option names the job (or is `true`).
 */
export function startRun(
  job: CdmJob,
  ctx: ServiceContext<CdmState>,
  random: boolean,
): CdmSubmission {
  const options = cdmOptions(ctx.options);
  const now = ctx.now();
  const fails =
    options.cdmFailRuns === true ||
    (Array.isArray(options.cdmFailRuns) && options.cdmFailRuns.includes(job.name));
  const id = ctx.state.nextSubmissionId++;
  const submission: CdmSubmission = {
    id,
    createdAt: now,
    bootEndsAt: now + options.cdmJobBootMs,
    runEndsAt: now + options.cdmJobBootMs + options.cdmJobRunMs,
    outcome: fails ? "FAILED" : "SUCCEEDED",
    rows: CDM_RUN_ROWS,
    externalId: `job_local${1000000000 + job.id}_${String(id).padStart(4, "0")}`,
    random,
  };
  if (fails) {
    submission.errorSummary = `Cdm.0233: Exception while extracting data. Reason: run of job ${job.name} failed (emulated fault).`;
  }
  job.submissions.push(submission);
  return submission;
}
