/**
 * Job operations (spec/cdm.md §4). Creating, starting and stopping are not retried blindly (a replay
 * duplicates the job or the run); reads, update and delete are idempotent. A missing job is reported
 * by the service as `Cdm.0100`/`Cdm.0054`/`Cdm.0319` with HTTP 400 or 500 (GAP-38); the client raises
 * all of them as `notFound`.
 */
import { z } from "zod";
import { CloudError } from "../../errors";
import type { OperationSender } from "../../operation";
import { cdmPath } from "./cdmPath";
import {
  type CdmJob,
  type CdmJobInput,
  CdmJobInputSchema,
  CdmJobNameSchema,
  type CdmJobType,
  CDM_JOB_TYPES,
  JobPageResponseSchema,
  jobWire,
} from "./jobSchemas";
import { EmptyAnswerSchema, ValidationAnswerSchema } from "./linkSchemas";
import type { CdmWriteResult } from "./linkOperations";
import { readAllPages } from "../readAllPages";
import { parseInput } from "./parseInput";
import {
  type CdmSubmission,
  type CdmSubmissionHistory,
  SubmissionHistoryResponseSchema,
  SubmissionsResponseSchema,
} from "./submissionSchemas";
import { requireNoValidationErrors } from "./validationResult";
import { compact } from "./wireScalars";

const clusterId = z.string().min(1);
const jobTypeSchema = z.enum(CDM_JOB_TYPES);
/** Largest page the list accepts (spec/cdm.md §4.6: 10–100). */
export const CDM_JOB_PAGE_SIZE = 100;

function jobPath(cluster: string, ...rest: string[]): string {
  return cdmPath(cluster, "cdm", "job", ...rest);
}

/** `POST …/clusters/{cluster_id}/cdm/job`: creates the job without running it (spec/cdm.md §4.4). */
export async function createJob(
  sender: OperationSender,
  cluster: string,
  input: CdmJobInput,
): Promise<CdmWriteResult> {
  parseInput(clusterId, cluster, "createJob");
  const parsed = parseInput(CdmJobInputSchema, input, "createJob");
  const answer = await sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "createJob",
    method: "POST",
    path: jobPath(cluster),
    body: { jobs: [jobWire(parsed)] },
    idempotent: false,
    response: ValidationAnswerSchema,
  });
  const warnings = requireNoValidationErrors(answer.messages, "createJob");
  return answer.name === undefined ? { warnings } : { name: answer.name, warnings };
}

export const RandomClusterJobInputSchema = z.strictObject({
  job: CdmJobInputSchema,
  /** Candidate cluster ids; the service picks one powered-on cluster (spec/cdm.md §4.5). */
  clusters: z.array(z.string().min(1)).min(1),
});
export type RandomClusterJobInput = z.input<typeof RandomClusterJobInputSchema>;

/**
 * `POST /v1.1/{project_id}/clusters/job`: creates the job on a random running candidate and runs it
 * (spec/cdm.md §4.5). The answer does not say which cluster was chosen: probe with `showJob`.
 */
export async function createAndStartRandomClusterJob(
  sender: OperationSender,
  input: RandomClusterJobInput,
): Promise<CdmSubmission[]> {
  const parsed = parseInput(RandomClusterJobInputSchema, input, "createAndStartRandomClusterJob");
  return sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "createAndStartRandomClusterJob",
    method: "POST",
    path: cdmPath("job"),
    body: { jobs: [jobWire(parsed.job)], clusters: parsed.clusters },
    idempotent: false,
    response: SubmissionsResponseSchema,
  });
}

/** `GET …/cdm/job/{job_name}` (spec/cdm.md §4.6). */
export async function showJob(sender: OperationSender, cluster: string, jobName: string): Promise<CdmJob> {
  parseInput(clusterId, cluster, "showJob");
  parseInput(CdmJobNameSchema, jobName, "showJob");
  const page = await sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "showJob",
    method: "GET",
    path: jobPath(cluster, jobName),
    idempotent: true,
    response: JobPageResponseSchema,
  });
  const job = page.jobs[0];
  if (job === undefined) {
    throw new CloudError({
      cloud: "huawei",
      service: "cdm",
      action: "showJob",
      category: "notFound",
      code: "EmptyAnswer",
      serviceMessage: `the service answered no job named ${jobName}`,
    });
  }
  return job;
}

export interface ListJobsOptions {
  /** The service defaults to `NORMAL_JOB` only (spec/cdm.md §4.6). */
  readonly jobType?: CdmJobType;
  /** Fuzzy name filter, applied by the service. */
  readonly filter?: string;
}

/**
 * `GET …/cdm/job/all?page_no=&page_size=` until every page is read (spec/cdm.md §4.6). Stops when
 * `total` jobs were collected or a page comes back short.
 */
export async function listJobs(
  sender: OperationSender,
  cluster: string,
  options: ListJobsOptions = {},
): Promise<CdmJob[]> {
  parseInput(clusterId, cluster, "listJobs");
  if (options.jobType !== undefined) parseInput(jobTypeSchema, options.jobType, "listJobs");
  return readAllPages(
    async (pageNo, pageSize) => {
      const page = await sender.send({
        cloud: "huawei",
        service: "cdm",
        action: "listJobs",
        method: "GET",
        path: jobPath(cluster, "all"),
        query: compact({
          page_no: pageNo,
          page_size: pageSize,
          jobType: options.jobType,
          filter: options.filter,
        }),
        idempotent: true,
        response: JobPageResponseSchema,
      });
      return { items: page.jobs, totalCount: page.total ?? Infinity };
    },
    { pageSize: CDM_JOB_PAGE_SIZE },
  );
}

/** `PUT …/cdm/job/{job_name}`: full replacement; the path name is `input.name` (spec/cdm.md §4.7). */
export async function updateJob(
  sender: OperationSender,
  cluster: string,
  input: CdmJobInput,
): Promise<CdmWriteResult> {
  parseInput(clusterId, cluster, "updateJob");
  const parsed = parseInput(CdmJobInputSchema, input, "updateJob");
  const answer = await sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "updateJob",
    method: "PUT",
    path: jobPath(cluster, parsed.name),
    body: { jobs: [jobWire(parsed)] },
    idempotent: true,
    response: ValidationAnswerSchema,
  });
  return { warnings: requireNoValidationErrors(answer.messages, "updateJob") };
}

/** `DELETE …/cdm/job/{job_name}` (spec/cdm.md §4.8); a running job must be stopped first. */
export async function deleteJob(sender: OperationSender, cluster: string, jobName: string): Promise<void> {
  parseInput(clusterId, cluster, "deleteJob");
  parseInput(CdmJobNameSchema, jobName, "deleteJob");
  return sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "deleteJob",
    method: "DELETE",
    path: jobPath(cluster, jobName),
    idempotent: true,
    response: EmptyAnswerSchema,
  });
}

/**
 * `PUT …/cdm/job/{job_name}/start` with `{"variables": {...}}` (spec/cdm.md §4.9). A PUT, but an
 * action: a replay would start a second run, so it is not retried blindly. Poll `showJobStatus`.
 */
export async function startJob(
  sender: OperationSender,
  cluster: string,
  jobName: string,
  variables: Readonly<Record<string, string>> = {},
): Promise<CdmSubmission[]> {
  parseInput(clusterId, cluster, "startJob");
  parseInput(CdmJobNameSchema, jobName, "startJob");
  return sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "startJob",
    method: "PUT",
    path: jobPath(cluster, jobName, "start"),
    body: { variables },
    idempotent: false,
    response: SubmissionsResponseSchema,
  });
}

/**
 * `PUT …/cdm/job/{job_name}/stop` (spec/cdm.md §4.10). An action: a replay after success answers
 * `Cdm.0053` (not running), so it is not retried blindly either. Returns the warnings.
 */
export async function stopJob(sender: OperationSender, cluster: string, jobName: string): Promise<CdmWriteResult> {
  parseInput(clusterId, cluster, "stopJob");
  parseInput(CdmJobNameSchema, jobName, "stopJob");
  const answer = await sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "stopJob",
    method: "PUT",
    path: jobPath(cluster, jobName, "stop"),
    idempotent: false,
    // spec/cdm.md §7 GAP-52: the example answer is `{}`, the table documents `validation-result`.
    response: ValidationAnswerSchema,
  });
  return { warnings: requireNoValidationErrors(answer.messages, "stopJob") };
}

/** `GET …/cdm/job/{job_name}/status`: the latest run, or `undefined` if none is listed (spec/cdm.md §4.11). */
export async function showJobStatus(
  sender: OperationSender,
  cluster: string,
  jobName: string,
): Promise<CdmSubmission | undefined> {
  parseInput(clusterId, cluster, "showJobStatus");
  parseInput(CdmJobNameSchema, jobName, "showJobStatus");
  const submissions = await sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "showJobStatus",
    method: "GET",
    path: jobPath(cluster, jobName, "status"),
    idempotent: true,
    response: SubmissionsResponseSchema,
  });
  return submissions[0];
}

/** `GET …/cdm/submissions?jname={job_name}`: the run history (spec/cdm.md §4.11; no paging documented). */
export async function showJobSubmissions(
  sender: OperationSender,
  cluster: string,
  jobName: string,
): Promise<CdmSubmissionHistory> {
  parseInput(clusterId, cluster, "showJobSubmissions");
  parseInput(CdmJobNameSchema, jobName, "showJobSubmissions");
  return sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "showJobSubmissions",
    method: "GET",
    path: cdmPath(cluster, "cdm", "submissions"),
    query: { jname: jobName },
    idempotent: true,
    response: SubmissionHistoryResponseSchema,
  });
}
