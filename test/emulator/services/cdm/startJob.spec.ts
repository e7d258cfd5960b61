import { strict as assert } from "node:assert";
import { assertShortError, CdmEmulator } from "./cdmEmulator";
import { CONNECTOR_SAMPLES, linkBody } from "./cdmFixtures";

describe("CDM startJob", () => {
  const cdm = CdmEmulator.forEachTestOfSuite();
  let cluster: string;
  beforeEach(async () => {
    cluster = await cdm.clusterWithJob();
  });

  it("startJob: answers one BOOTING submission with progress 1, as the seed's example", async () => {
    const body = await cdm.start(cluster);
    const [submission] = body["submissions"];
    assert.equal(submission["job-name"], "mysql2obs");
    assert.equal(submission["status"], "BOOTING");
    assert.equal(submission["progress"], 1);
    assert.equal(submission["creation-user"], "cdm");
    assert.equal(submission["creation-date"], cdm.emulator.now());
    assert.equal(submission["submission-id"], 1);
  });

  it("startJob: accepts GET as the seed's chapter-4 example sends it (GAP-36)", async () => {
    const answer = await cdm.call("GET", `/clusters/${cluster}/cdm/job/mysql2obs/start`);
    assert.equal(answer.status, 200);
    assert.equal(cdm.requests("startJob").length, 1);
  });

  it("startJob: accepts a call without a body", async () => {
    assert.equal(
      (await cdm.call("PUT", `/clusters/${cluster}/cdm/job/mysql2obs/start`)).status,
      200,
    );
  });

  it("startJob: rejects variables that are not an object with 400 Cdm.0014", async () => {
    const answer = await cdm.call("PUT", `/clusters/${cluster}/cdm/job/mysql2obs/start`, {
      body: { variables: "x" },
    });
    assertShortError(answer, 400, "Cdm.0014");
  });

  it("startJob: refuses a job that is already running with 400 Cdm.0052", async () => {
    await cdm.start(cluster);
    const answer = await cdm.call("PUT", `/clusters/${cluster}/cdm/job/mysql2obs/start`, {
      body: {},
    });
    assertShortError(answer, 400, "Cdm.0052");
  });

  it("startJob: starts a new run after the previous one finished", async () => {
    await cdm.start(cluster);
    cdm.advance(70_000);
    const [submission] = (await cdm.start(cluster))["submissions"];
    assert.equal(submission["submission-id"], 2);
    assert.equal(cdm.state().clusters[cluster]!.jobs["mysql2obs"]!.submissions.length, 2);
  });

  it("startJob: refuses a stopped cluster with 400 Cdm.0037", async () => {
    await cdm.ok("POST", `/clusters/${cluster}/action`, {
      body: { stop: { stopMode: "IMMEDIATELY" } },
    });
    cdm.advance(3_600_000);
    const answer = await cdm.call("PUT", `/clusters/${cluster}/cdm/job/mysql2obs/start`, {
      body: {},
    });
    assertShortError(answer, 400, "Cdm.0037");
  });

  it("startJob: refuses a job whose link is disabled with 400 Cdm.0060", async () => {
    const body = linkBody("obs_link", "obs-connector", CONNECTOR_SAMPLES["obs-connector"]!);
    (body.links[0] as Record<string, unknown>)["enabled"] = false;
    await cdm.ok("PUT", `/clusters/${cluster}/cdm/link/obs_link`, { body });
    const answer = await cdm.call("PUT", `/clusters/${cluster}/cdm/job/mysql2obs/start`, {
      body: {},
    });
    assertShortError(answer, 400, "Cdm.0060");
    assert.equal(
      answer.body["externalMessage"],
      "Link obs_link used by the job is disabled. Cannot submit job.",
    );
  });

  it("startJob: answers 400 Cdm.0100 for a job that does not exist", async () => {
    const answer = await cdm.call("PUT", `/clusters/${cluster}/cdm/job/nope/start`, { body: {} });
    assertShortError(answer, 400, "Cdm.0100");
  });

  it("startJob: answers an injected error fault in CDM's shape and starts no run", async () => {
    cdm.emulator.setFault({
      kind: "error",
      service: "cdm",
      action: "startJob",
      status: 500,
      code: "Cdm.0037",
      count: 1,
    });
    const answer = await cdm.call("PUT", `/clusters/${cluster}/cdm/job/mysql2obs/start`, {
      body: {},
    });
    assertShortError(answer, 500, "Cdm.0037");
    assert.deepEqual(cdm.state().clusters[cluster]!.jobs["mysql2obs"]!.submissions, []);
    assert.deepEqual(cdm.requests("startJob")[0]?.faults, ["error:Cdm.0037"]);
  });
});
