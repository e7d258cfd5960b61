import { strict as assert } from "node:assert";
import { assertShortError, CdmEmulator, UNKNOWN_CLUSTER } from "./cdmEmulator";

describe("CDM showJob", () => {
  const cdm = CdmEmulator.forEachTestOfSuite();
  let cluster: string;
  beforeEach(async () => {
    cluster = await cdm.clusterWithLinks();
  });

  const list = (query: Record<string, string> = {}) =>
    cdm.call("GET", `/clusters/${cluster}/cdm/job/all`, { query });

  it("showJob: answers one job with total 0 and its sent configuration", async () => {
    await cdm.job(cluster);
    const body = await cdm.ok("GET", `/clusters/${cluster}/cdm/job/mysql2obs`);
    assert.equal(body["total"], 0);
    assert.equal(body["page_no"], 1);
    const [job] = body["jobs"];
    assert.equal(job["name"], "mysql2obs");
    assert.equal(job["type"], "NORMAL_JOB");
    assert.equal(job["from-link-name"], "mysql_link");
    assert.equal(job["to-connector-name"], "obs-connector");
    const from = job["from-config-values"]["configs"][0];
    assert.equal(from["type"], "JOB");
    assert.deepEqual(from["inputs"][1], { name: "fromJobConfig.tableName", value: "mysql_tbl" });
  });

  it("showJob: reports the counters of the latest successful run", async () => {
    await cdm.job(cluster);
    await cdm.start(cluster);
    cdm.advance(70_000);
    const [job] = (await cdm.ok("GET", `/clusters/${cluster}/cdm/job/mysql2obs`))["jobs"];
    assert.equal(job["status"], "SUCCEEDED");
    assert.equal(job["rows_read"], 1000);
    assert.equal(job["rows_written"], 1000);
    assert.match(job["external_id"], /^job_local/);
  });

  it("showJob: finds a job whose name needs percent-encoding in the path", async () => {
    await cdm.job(cluster, { name: "daily load #1" });
    const body = await cdm.ok("GET", `/clusters/${cluster}/cdm/job/daily load #1`);
    assert.equal(body["jobs"][0]["name"], "daily load #1");
  });

  it("showJob: answers 400 Cdm.0100 with the seed's wording for a missing job", async () => {
    const answer = await cdm.call("GET", `/clusters/${cluster}/cdm/job/jdbc2hive`);
    assertShortError(answer, 400, "Cdm.0100");
    assert.equal(answer.body["externalMessage"], "Job[jdbc2hive] doesn't exist.");
  });

  it("showJob: answers 404 Cdm.0001 for an unknown cluster", async () => {
    const answer = await cdm.call("GET", `/clusters/${UNKNOWN_CLUSTER}/cdm/job/all`);
    assertShortError(answer, 404, "Cdm.0001");
  });

  it("showJob: with job_name=all lists the cluster's NORMAL_JOB jobs with their count", async () => {
    await cdm.job(cluster, { name: "a" });
    await cdm.job(cluster, { name: "b" });
    const body = (await list()).body;
    assert.equal(body["total"], 2);
    assert.deepEqual(
      (body["jobs"] as Array<{ name: string }>).map((job) => job.name),
      ["a", "b"],
    );
    assert.equal(body["page_size"], 10);
  });

  it("showJob: with job_name=all omits BATCH_JOB jobs unless jobType asks for them", async () => {
    await cdm.job(cluster, { name: "normal" });
    await cdm.job(cluster, { name: "batch", jobType: "BATCH_JOB" });
    assert.equal((await list()).body["total"], 1);
    const batch = (await list({ jobType: "BATCH_JOB" })).body;
    assert.deepEqual(
      (batch["jobs"] as Array<{ name: string }>).map((job) => job.name),
      ["batch"],
    );
  });

  it("showJob: with job_name=all keeps names containing the filter", async () => {
    await cdm.job(cluster, { name: "orders_daily" });
    await cdm.job(cluster, { name: "users_daily" });
    const body = (await list({ filter: "orders" })).body;
    assert.deepEqual(
      (body["jobs"] as Array<{ name: string }>).map((job) => job.name),
      ["orders_daily"],
    );
  });

  it("showJob: with job_name=all pages by page_no and page_size", async () => {
    for (let i = 0; i < 12; i += 1)
      await cdm.job(cluster, { name: `job${String(i).padStart(2, "0")}` });
    const body = (await list({ page_no: "2", page_size: "10" })).body;
    assert.equal(body["total"], 12);
    assert.deepEqual(
      (body["jobs"] as Array<{ name: string }>).map((job) => job.name),
      ["job10", "job11"],
    );
    assert.equal(body["page_no"], 2);
  });

  it("showJob: rejects a page_size below 10 with 400 Cdm.0014", async () => {
    assertShortError(await list({ page_size: "5" }), 400, "Cdm.0014");
  });

  it("showJob: rejects an unknown jobType with 400 Cdm.0014", async () => {
    assertShortError(await list({ jobType: "STREAM_JOB" }), 400, "Cdm.0014");
  });

  it("showJob: no longer finds a job with disposableType DELETE once its run ended", async () => {
    await cdm.job(cluster, { disposableType: "DELETE" });
    await cdm.start(cluster);
    cdm.advance(70_000);
    assertShortError(
      await cdm.call("GET", `/clusters/${cluster}/cdm/job/mysql2obs`),
      400,
      "Cdm.0100",
    );
  });
});
