import { strict as assert } from "node:assert";
import { assertShortError, CdmEmulator, UNKNOWN_CLUSTER } from "./cdmEmulator";

describe("CDM deleteJob", () => {
  const cdm = CdmEmulator.forEachTestOfSuite();
  let cluster: string;
  beforeEach(async () => {
    cluster = await cdm.clusterWithJob();
  });

  it("deleteJob: deletes the job and answers 200 {}", async () => {
    const answer = await cdm.call("DELETE", `/clusters/${cluster}/cdm/job/mysql2obs`);
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, {});
    assert.deepEqual(cdm.state().clusters[cluster]!.jobs, {});
  });

  it("deleteJob: answers a missing job with the seed's HTTP 500 Cdm.0100 body", async () => {
    const answer = await cdm.call("DELETE", `/clusters/${cluster}/cdm/job/jdbc2hive`);
    assertShortError(answer, 500, "Cdm.0100");
    assert.equal(answer.body["externalMessage"], "Job[jdbc2hive] doesn't exist.");
  });

  it("deleteJob: refuses a running job with 400 Cdm.0052", async () => {
    await cdm.start(cluster);
    assertShortError(
      await cdm.call("DELETE", `/clusters/${cluster}/cdm/job/mysql2obs`),
      400,
      "Cdm.0052",
    );
  });

  it("deleteJob: deletes a job whose run has finished", async () => {
    await cdm.start(cluster);
    cdm.advance(70_000);
    assert.equal((await cdm.call("DELETE", `/clusters/${cluster}/cdm/job/mysql2obs`)).status, 200);
  });

  it("deleteJob: answers 404 Cdm.0001 for an unknown cluster", async () => {
    const answer = await cdm.call("DELETE", `/clusters/${UNKNOWN_CLUSTER}/cdm/job/x`);
    assertShortError(answer, 404, "Cdm.0001");
  });

  it("deleteJob: goes with its cluster when the cluster is deleted", async () => {
    await cdm.ok("DELETE", `/clusters/${cluster}`, { body: { keep_last_manual_backup: 0 } }, 202);
    cdm.advance(24 * 3_600_000);
    assertShortError(
      await cdm.call("GET", `/clusters/${cluster}/cdm/job/mysql2obs`),
      404,
      "Cdm.0001",
    );
    assert.equal(cdm.state().clusters[cluster], undefined);
  });
});
