import { strict as assert } from "node:assert";
import { assertShortError, CdmEmulator } from "./cdmEmulator";

describe("CDM stopJob", () => {
  const cdm = CdmEmulator.forEachTestOfSuite();
  let cluster: string;
  beforeEach(async () => {
    cluster = await cdm.clusterWithJob();
  });

  const stop = () => cdm.call("PUT", `/clusters/${cluster}/cdm/job/mysql2obs/stop`);
  const status = async () =>
    (await cdm.ok("GET", `/clusters/${cluster}/cdm/job/mysql2obs/status`))["submissions"][0];

  it("stopJob: stops a running job and answers an empty validation-result", async () => {
    await cdm.start(cluster);
    cdm.advance(20_000);
    const answer = await stop();
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { "validation-result": [] });
  });

  it("stopJob: leaves the run FAILED with error-summary Job stopped and progress -1", async () => {
    await cdm.start(cluster);
    await stop();
    const run = await status();
    assert.equal(run["status"], "FAILED");
    assert.equal(run["error-summary"], "Job stopped");
    assert.equal(run["progress"], -1);
  });

  it("stopJob: keeps the run FAILED after its planned end", async () => {
    await cdm.start(cluster);
    await stop();
    cdm.advance(3_600_000);
    assert.equal((await status())["status"], "FAILED");
  });

  it("stopJob: lets the job be deleted afterwards", async () => {
    await cdm.start(cluster);
    await stop();
    assert.equal((await cdm.call("DELETE", `/clusters/${cluster}/cdm/job/mysql2obs`)).status, 200);
  });

  it("stopJob: refuses a job that never ran with 400 Cdm.0053", async () => {
    assertShortError(await stop(), 400, "Cdm.0053");
  });

  it("stopJob: refuses a job whose run has finished with 400 Cdm.0053", async () => {
    await cdm.start(cluster);
    cdm.advance(70_000);
    assertShortError(await stop(), 400, "Cdm.0053");
  });

  it("stopJob: answers 400 Cdm.0100 for a job that does not exist", async () => {
    assertShortError(
      await cdm.call("PUT", `/clusters/${cluster}/cdm/job/nope/stop`),
      400,
      "Cdm.0100",
    );
  });
});
