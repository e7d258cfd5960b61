import { strict as assert } from "node:assert";
import { assertLongError, assertShortError, CdmEmulator, UNKNOWN_CLUSTER } from "./cdmEmulator";
import { clusterBody, job, jobsBody } from "./cdmFixtures";

describe("CDM createJob", () => {
  const cdm = CdmEmulator.forEachTestOfSuite();
  let cluster: string;
  beforeEach(async () => {
    cluster = await cdm.clusterWithLinks();
  });

  const create = (body: unknown, clusterId = cluster) =>
    cdm.call("POST", `/clusters/${clusterId}/cdm/job`, { body });

  it("createJob: creates the job without running it and answers its name", async () => {
    const answer = await create(jobsBody());
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { name: "mysql2obs", "validation-result": [] });
    const stored = cdm.state().clusters[cluster]!.jobs["mysql2obs"]!;
    assert.deepEqual(stored.submissions, []);
    const shown = await cdm.ok("GET", `/clusters/${cluster}/cdm/job/mysql2obs`);
    assert.equal(shown["jobs"][0]["status"], "NEW");
  });

  it("createJob: rejects a duplicate name in the cluster with the seed's 400 Cdm.0104 body", async () => {
    await create(jobsBody());
    const answer = await create(jobsBody());
    assertLongError(answer, 400, "Cdm.0104");
    assert.equal(answer.body["message"], "Job name already exist or created by other.");
  });

  it("createJob: rejects the reserved name all with 400 Cdm.0014 (GAP-48)", async () => {
    assertLongError(await create(jobsBody({ name: "all" })), 400, "Cdm.0014");
  });

  it("createJob: rejects a name longer than 240 characters with 400 Cdm.0014", async () => {
    assertLongError(await create(jobsBody({ name: "j".repeat(241) })), 400, "Cdm.0014");
  });

  it("createJob: rejects an unknown job_type with 400 Cdm.0014", async () => {
    assertLongError(await create(jobsBody({ jobType: "STREAM_JOB" })), 400, "Cdm.0014");
  });

  it("createJob: rejects a source link that does not exist in the cluster with 400 Cdm.0101", async () => {
    assertLongError(await create(jobsBody({ fromLink: "missing_link" })), 400, "Cdm.0101");
  });

  it("createJob: rejects a link whose connector differs from the job's with 400 Cdm.0317", async () => {
    assertLongError(await create(jobsBody({ fromLink: "obs_link" })), 400, "Cdm.0317");
  });

  it("createJob: rejects an unknown connector with 400 Cdm.0102", async () => {
    assertLongError(await create(jobsBody({ from: "sqlite-connector" })), 400, "Cdm.0102");
  });

  it("createJob: rejects a destination-only connector as the source with 400 Cdm.0061", async () => {
    assertLongError(await create(jobsBody({ from: "dli-connector" })), 400, "Cdm.0061");
  });

  it("createJob: rejects a source-only connector as the destination with 400 Cdm.0061", async () => {
    assertLongError(await create(jobsBody({ to: "kafka-connector" })), 400, "Cdm.0061");
  });

  it("createJob: rejects a missing required source parameter with 400 Cdm.0238", async () => {
    const answer = await create(jobsBody({ fromInputs: { schemaName: "default" } }));
    assertLongError(answer, 400, "Cdm.0238");
    assert.match(String(answer.body["message"]), /fromJobConfig\.tableName/);
  });

  it("createJob: rejects a missing required destination parameter with 400 Cdm.0238", async () => {
    const answer = await create(
      jobsBody({ toInputs: { bucketName: "cdm", outputFormat: "CSV_FILE" } }),
    );
    assertLongError(answer, 400, "Cdm.0238");
  });

  it("createJob: rejects BINARY_FILE between a database and OBS with 400 Cdm.0062", async () => {
    const toInputs = { bucketName: "cdm", outputDirectory: "/out/", outputFormat: "BINARY_FILE" };
    assertLongError(await create(jobsBody({ toInputs })), 400, "Cdm.0062");
  });

  it("createJob: rejects a value sent as a number with 400 Cdm.0014", async () => {
    const body = job() as Record<string, any>;
    body["from-config-values"]["configs"][0]["inputs"][0]["value"] = 1;
    assertLongError(await create({ jobs: [body] }), 400, "Cdm.0014");
  });

  it("createJob: accepts fromJobConfig.formats as an object, as the seed's HBase sample sends it (GAP-45)", async () => {
    const body = job() as Record<string, any>;
    body["from-config-values"]["configs"][0]["inputs"].push({
      name: "fromJobConfig.formats",
      value: { f_date: "yyyy-MM-dd" },
    });
    assert.equal((await create({ jobs: [body] })).status, 200);
  });

  it("createJob: rejects a body without the fromJobConfig group with 400 Cdm.0014", async () => {
    const body = job() as Record<string, any>;
    body["from-config-values"]["configs"][0]["name"] = "sourceConfig";
    assertLongError(await create({ jobs: [body] }), 400, "Cdm.0014");
  });

  it("createJob: rejects a body without a jobs array with 400 Cdm.0014", async () => {
    assertLongError(await create(job()), 400, "Cdm.0014");
  });

  it("createJob: accepts dli-connector as a destination (GAP-41)", async () => {
    await cdm.link(cluster, "dli", "dli-connector");
    const toInputs = { queue: "q1", database: "db1", table: "t1" };
    assert.equal(
      (await create(jobsBody({ to: "dli-connector", toLink: "dli", toInputs }))).status,
      200,
    );
  });

  it("createJob: refuses a cluster that is not running with 400 Cdm.0036", async () => {
    const creating = (await cdm.ok("POST", "/clusters", { body: clusterBody("young") }, 202))["id"];
    assertShortError(await create(jobsBody(), creating), 400, "Cdm.0036");
  });

  it("createJob: answers 404 Cdm.0001 for an unknown cluster", async () => {
    assertShortError(await create(jobsBody(), UNKNOWN_CLUSTER), 404, "Cdm.0001");
  });
});
