import { strict as assert } from "node:assert";
import { assertShortError, CdmEmulator, UNKNOWN_CLUSTER } from "./cdmEmulator";

const COUNTERS = "org.apache.sqoop.submission.counter.SqoopCounters";

describe("CDM showJobStatus", () => {
  const cdm = CdmEmulator.forEachTestOfSuite();
  let cluster: string;
  beforeEach(async () => {
    cluster = await cdm.clusterWithJob();
  });

  const latest = async (name = "mysql2obs") =>
    (await cdm.ok("GET", `/clusters/${cluster}/cdm/job/${name}/status`))["submissions"][0];

  it("showJobStatus: answers NEVER_EXECUTED for a job that never ran", async () => {
    assert.deepEqual(await latest(), {
      "job-name": "mysql2obs",
      status: "NEVER_EXECUTED",
      progress: 0,
    });
  });

  it("showJobStatus: is BOOTING right after the start", async () => {
    await cdm.start(cluster);
    const run = await latest();
    assert.equal(run["status"], "BOOTING");
    assert.equal(run["counters"], undefined);
  });

  it("showJobStatus: is RUNNING with a growing progress after the boot time", async () => {
    await cdm.start(cluster);
    cdm.advance(10_000 + 30_000);
    const run = await latest();
    assert.equal(run["status"], "RUNNING");
    assert.equal(run["progress"], 50);
  });

  it("showJobStatus: is SUCCEEDED with progress 100 and the counters after the run time", async () => {
    await cdm.start(cluster);
    cdm.advance(70_000);
    const run = await latest();
    assert.equal(run["status"], "SUCCEEDED");
    assert.equal(run["progress"], 100);
    assert.equal(run["counters"][COUNTERS]["ROWS_READ"], 1000);
    assert.equal(run["counters"][COUNTERS]["ROWS_WRITTEN"], 1000);
    assert.equal(run["error-summary"], undefined);
  });

  it("showJobStatus: mirrors the run's status on the job (Job.status)", async () => {
    await cdm.start(cluster);
    cdm.advance(20_000);
    const [job] = (await cdm.ok("GET", `/clusters/${cluster}/cdm/job/mysql2obs`))["jobs"];
    assert.equal(job["status"], "RUNNING");
  });

  it("showJobStatus: uses the Submission spellings (last-update-user, external-id, submission-id)", async () => {
    await cdm.start(cluster);
    const run = await latest();
    assert.equal(run["last-update-user"], "cdm");
    assert.match(run["external-id"], /^job_local\d+_\d{4}$/);
    assert.equal(run["submission-id"], 1);
  });

  it("showJobStatus: answers 400 Cdm.0100 for a job that does not exist", async () => {
    assertShortError(
      await cdm.call("GET", `/clusters/${cluster}/cdm/job/nope/status`),
      400,
      "Cdm.0100",
    );
  });

  it("showJobStatus: answers 404 Cdm.0001 for an unknown cluster", async () => {
    const answer = await cdm.call("GET", `/clusters/${UNKNOWN_CLUSTER}/cdm/job/x/status`);
    assertShortError(answer, 404, "Cdm.0001");
  });

  describe("with the cdmFailRuns fault", () => {
    let failing: CdmEmulator;
    before(async () => {
      failing = await CdmEmulator.start({ cdmFailRuns: ["doomed"] });
    });
    after(() => failing.close());

    it("showJobStatus: ends a run of a job named by cdmFailRuns FAILED with the error fields", async () => {
      const id = await failing.clusterWithLinks();
      await failing.job(id, { name: "doomed" });
      await failing.start(id, "doomed");
      failing.advance(70_000);
      const [run] = (await failing.ok("GET", `/clusters/${id}/cdm/job/doomed/status`))[
        "submissions"
      ];
      assert.equal(run["status"], "FAILED");
      assert.equal(run["progress"], -1);
      assert.match(run["error-summary"], /^Cdm\.0233/);
      assert.equal(typeof run["error-details"], "string");
      assert.equal(run["counters"], undefined);
    });

    it("showJobStatus: runs the other jobs to SUCCEEDED", async () => {
      const id = await failing.clusterWithLinks();
      await failing.job(id);
      await failing.start(id);
      failing.advance(70_000);
      const [run] = (await failing.ok("GET", `/clusters/${id}/cdm/job/mysql2obs/status`))[
        "submissions"
      ];
      assert.equal(run["status"], "SUCCEEDED");
    });
  });
});
