import { strict as assert } from "node:assert";
import { assertLongError, assertShortError, CdmEmulator, UNKNOWN_CLUSTER } from "./cdmEmulator";
import { clusterBody, CONNECTOR_SAMPLES, job, linkBody } from "./cdmFixtures";

describe("CDM createAndStartRandomClusterJob", () => {
  const cdm = CdmEmulator.forEachTestOfSuite();
  let running: string;
  beforeEach(async () => {
    running = await cdm.clusterWithLinks();
  });

  const randomRun = (clusters: string[], body = job()) =>
    cdm.call("POST", "/clusters/job", { body: { jobs: [body], clusters } });

  it("createAndStartRandomClusterJob: answers one PENDING submission for the new job", async () => {
    const answer = await randomRun([running]);
    assert.equal(answer.status, 200);
    const [submission] = answer.body["submissions"] as Array<Record<string, unknown>>;
    assert.equal(submission!["job-name"], "mysql2obs");
    assert.equal(submission!["status"], "PENDING");
    assert.equal(submission!["progress"], 0);
    assert.equal(typeof submission!["submission-id"], "number");
    assert.equal(submission!["last-udpate-user"], "cdm");
  });

  it("createAndStartRandomClusterJob: creates the job on the first running candidate (GAP-47)", async () => {
    const creating = (await cdm.ok("POST", "/clusters", { body: clusterBody("young") }, 202))["id"];
    await randomRun([creating, running]);
    assert.ok(cdm.state().clusters[running]!.jobs["mysql2obs"]);
    assert.equal(cdm.state().clusters[creating]!.jobs["mysql2obs"], undefined);
  });

  it("createAndStartRandomClusterJob: runs the job to SUCCEEDED as time passes", async () => {
    await randomRun([running]);
    cdm.advance(70_000);
    const status = await cdm.ok("GET", `/clusters/${running}/cdm/job/mysql2obs/status`);
    assert.equal(status["submissions"][0]["status"], "SUCCEEDED");
  });

  it("createAndStartRandomClusterJob: answers 400 Cdm.0014 when no candidate is running", async () => {
    const creating = (await cdm.ok("POST", "/clusters", { body: clusterBody("young") }, 202))["id"];
    assertLongError(await randomRun([creating, UNKNOWN_CLUSTER]), 400, "Cdm.0014");
  });

  it("createAndStartRandomClusterJob: rejects a body without clusters with 400 Cdm.0014", async () => {
    assertLongError(
      await cdm.call("POST", "/clusters/job", { body: { jobs: [job()] } }),
      400,
      "Cdm.0014",
    );
  });

  it("createAndStartRandomClusterJob: validates the job on the chosen cluster (missing link → Cdm.0101)", async () => {
    assertLongError(await randomRun([running], job({ toLink: "nope" })), 400, "Cdm.0101");
  });

  it("createAndStartRandomClusterJob: rejects a job name that already exists on the chosen cluster", async () => {
    await cdm.job(running);
    assertLongError(await randomRun([running]), 400, "Cdm.0104");
  });

  it("createAndStartRandomClusterJob: refuses a disabled link with 400 Cdm.0060 and creates no job", async () => {
    const body = linkBody(
      "mysql_link",
      "generic-jdbc-connector",
      CONNECTOR_SAMPLES["generic-jdbc-connector"]!,
    );
    (body.links[0] as Record<string, unknown>)["enabled"] = false;
    await cdm.ok("PUT", `/clusters/${running}/cdm/link/mysql_link`, { body });
    assertShortError(await randomRun([running]), 400, "Cdm.0060");
    assert.deepEqual(cdm.state().clusters[running]!.jobs, {});
  });

  it("createAndStartRandomClusterJob: is logged under its own action, not as a cluster call", async () => {
    await randomRun([running]);
    assert.equal(cdm.requests("createAndStartRandomClusterJob").length, 1);
    assert.equal(cdm.requests("showCluster").length, 0);
  });
});
