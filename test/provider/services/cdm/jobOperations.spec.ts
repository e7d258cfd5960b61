import assert from "node:assert/strict";
import { CloudError } from "../../../../provider/errors";
import {
  CDM_JOB_PAGE_SIZE,
  type CdmJobInput,
  JobPageResponseSchema,
  createJob,
  deleteJob,
  listJobs,
  showJob,
  showJobStatus,
  startJob,
  stopJob,
} from "../../../../provider/services/cdm";
import { FakeSender, requestOf } from "./fakeSender";
import { ES_CSS_JOB, FINISHED_STATUS_ANSWER, START_JOB_ANSWER } from "./fixtures";

const CLUSTER = "bae65496-643e-47ca-84af-948672de7eeb";
const JOBS = `/v1.1/{project_id}/clusters/${CLUSTER}/cdm/job`;

const JOB: CdmJobInput = {
  name: "es_css",
  fromConnectorName: "elasticsearch-connector",
  fromLinkName: "css",
  fromConfig: { "fromJobConfig.index": "52est", "fromJobConfig.type": "est_array" },
  toConnectorName: "dis-connector",
  toLinkName: "dis",
  toConfig: { "toJobConfig.streamName": "dis-lkGm", "toJobConfig.separator": "|" },
};

function jobNamed(name: string): Record<string, unknown> {
  return { ...ES_CSS_JOB, name };
}

function page(count: number, prefix: string, total: number): unknown {
  const jobs = Array.from({ length: count }, (_, i) => jobNamed(`${prefix}${i}`));
  return { total, jobs, page_no: 1, page_size: 100 };
}

describe("cdm job operations", () => {
  it("createJob posts one job with the default task parameters and is not retried blindly", async () => {
    const sender = FakeSender.answering({ name: "es_css", "validation-result": [] });
    assert.deepEqual(await createJob(sender, CLUSTER, JOB), { name: "es_css", warnings: [] });
    const request = requestOf(sender.sent);
    assert.equal(request.path, JOBS);
    assert.equal(request.idempotent, false);
    const [job] = (request.body as { jobs: Array<Record<string, unknown>> }).jobs;
    assert.equal(job?.job_type, "NORMAL_JOB");
    assert.ok(job?.["driver-config-values"]);
  });

  it("createJob refuses a source-only connector as the destination before sending", async () => {
    const sender = FakeSender.answering();
    await assert.rejects(
      createJob(sender, CLUSTER, { ...JOB, toConnectorName: "kafka-connector" }),
      /only be sources/,
    );
    assert.equal(sender.operations.length, 0);
  });

  it("createJob raises a validation ERROR as invalid", async () => {
    const sender = FakeSender.answering({ "validation-result": [{ message: "bad column", status: "ERROR" }] });
    await assert.rejects(
      createJob(sender, CLUSTER, JOB),
      (error: unknown) => error instanceof CloudError && error.category === "invalid",
    );
  });

  it("showJob reads the job addressed exactly by its name in the path", async () => {
    const sender = FakeSender.answering({ total: 0, jobs: [ES_CSS_JOB] });
    const job = await showJob(sender, CLUSTER, "es_css");
    assert.equal(job.name, "es_css");
    assert.equal(job.toConfig["toJobConfig.separator"], "|");
    assert.equal(sender.sent.path, `${JOBS}/es_css`);
  });

  it("showJob raises notFound when the answer lists no job", async () => {
    const sender = FakeSender.answering({ total: 0, jobs: [] });
    await assert.rejects(
      showJob(sender, CLUSTER, "gone"),
      (error: unknown) => error instanceof CloudError && error.category === "notFound",
    );
  });

  it("showJob refuses the reserved name all", async () => {
    await assert.rejects(showJob(FakeSender.answering(), CLUSTER, "all"), /reserved/);
  });

  it("the page schema reads total and page numbers printed as strings", () => {
    const parsed = JobPageResponseSchema.parse({ total: "1", jobs: [ES_CSS_JOB], page_no: "1", page_size: "10" });
    assert.equal(parsed.total, 1);
    assert.equal(parsed.pageSize, 10);
  });

  it("the page schema rejects an answer without a jobs array", () => {
    assert.equal(JobPageResponseSchema.safeParse({ total: 0 }).success, false);
  });

  it("listJobs fetches every page until total jobs are read", async () => {
    const total = 2 * CDM_JOB_PAGE_SIZE + 5;
    const sender = FakeSender.answering(
      page(CDM_JOB_PAGE_SIZE, "a", total),
      page(CDM_JOB_PAGE_SIZE, "b", total),
      page(5, "c", total),
    );
    const jobs = await listJobs(sender, CLUSTER, { jobType: "NORMAL_JOB" });
    assert.equal(jobs.length, total);
    assert.deepEqual(
      sender.operations.map((op) => [op.path, op.query?.page_no, op.query?.page_size]),
      [
        [`${JOBS}/all`, 1, CDM_JOB_PAGE_SIZE],
        [`${JOBS}/all`, 2, CDM_JOB_PAGE_SIZE],
        [`${JOBS}/all`, 3, CDM_JOB_PAGE_SIZE],
      ],
    );
  });

  it("listJobs stops after a full page that reaches total", async () => {
    const sender = FakeSender.answering(page(CDM_JOB_PAGE_SIZE, "a", CDM_JOB_PAGE_SIZE));
    assert.equal((await listJobs(sender, CLUSTER)).length, CDM_JOB_PAGE_SIZE);
    assert.equal(sender.operations.length, 1);
  });

  it("listJobs reads on after a full page when the answer has no total, until a short page", async () => {
    const withoutTotal = (count: number, prefix: string) => {
      const { total: _omitted, ...rest } = page(count, prefix, 0) as Record<string, unknown>;
      return rest;
    };
    const sender = FakeSender.answering(withoutTotal(CDM_JOB_PAGE_SIZE, "a"), withoutTotal(3, "b"));
    assert.equal((await listJobs(sender, CLUSTER)).length, CDM_JOB_PAGE_SIZE + 3);
    assert.equal(sender.operations.length, 2);
  });

  it("startJob sends the variables and is an action that is not retried blindly", async () => {
    const sender = FakeSender.answering(START_JOB_ANSWER);
    const [submission] = await startJob(sender, CLUSTER, "jdbc2hive", { day: "2025-01-01" });
    assert.equal(submission?.status, "BOOTING");
    assert.deepEqual(requestOf(sender.sent), {
      service: "cdm",
      action: "startJob",
      method: "PUT",
      path: `${JOBS}/jdbc2hive/start`,
      idempotent: false,
      body: { variables: { day: "2025-01-01" } },
    });
  });

  it("stopJob accepts the documented empty answer", async () => {
    const sender = FakeSender.answering({});
    assert.deepEqual(await stopJob(sender, CLUSTER, "es_css"), { warnings: [] });
    assert.equal(sender.sent.idempotent, false);
  });

  it("showJobStatus returns the latest run of the §4.11 example", async () => {
    const sender = FakeSender.answering(FINISHED_STATUS_ANSWER);
    const status = await showJobStatus(sender, CLUSTER, "mysql2dws");
    assert.equal(status?.status, "SUCCEEDED");
    assert.equal(sender.sent.path, `${JOBS}/mysql2dws/status`);
  });

  it("deleteJob sends an idempotent DELETE", async () => {
    const sender = FakeSender.answering({});
    await deleteJob(sender, CLUSTER, "es_css");
    assert.equal(sender.sent.method, "DELETE");
    assert.equal(sender.sent.idempotent, true);
  });
});
