import { strict as assert } from "node:assert";
import { assertDliError, DLI_TEST_NOW, DliEmulator } from "./dliEmulator";

describe("DLI showJobStatus", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.database("db1");
  });

  const asyncDrop = async () =>
    (await dli.ok("DELETE", "/databases/db1", { query: { async: "true" } }))["job_id"] as string;

  it("showJobStatus: answers the job of an asynchronous delete with the documented fields", async () => {
    const jobId = await asyncDrop();
    const body = await dli.ok("GET", `/jobs/${jobId}/status`);
    assert.equal(body["is_success"], true);
    assert.equal(body["job_id"], jobId);
    assert.equal(body["job_type"], "DDL");
    assert.equal(body["job_mode"], "async");
    assert.equal(body["queue_name"], "default");
    assert.equal(body["owner"], "test");
    assert.equal(body["start_time"], DLI_TEST_NOW);
    assert.equal(body["database_name"], "db1");
    assert.equal(body["statement"], "DROP DATABASE db1");
  });

  it("showJobStatus: is RUNNING with a growing duration until the job ends", async () => {
    const jobId = await asyncDrop();
    dli.advance(1_500);
    const body = await dli.ok("GET", `/jobs/${jobId}/status`);
    assert.equal(body["status"], "RUNNING");
    assert.equal(body["duration"], 1_500);
  });

  it("showJobStatus: is FINISHED with the full duration once the job has ended", async () => {
    const jobId = await asyncDrop();
    dli.advance(60_000);
    const body = await dli.ok("GET", `/jobs/${jobId}/status`);
    assert.equal(body["status"], "FINISHED");
    assert.equal(body["duration"], 2_000);
  });

  it("showJobStatus: answers 400 DLI.0002 for an unknown job id", async () => {
    assertDliError(
      await dli.call("GET", "/jobs/208b08d4-0dc2-4dd7-8879-ddd4c020d7aa/status"),
      400,
      "DLI.0002",
    );
  });

  it("showJobStatus: is logged as showJobStatus of the dli service", async () => {
    const jobId = await asyncDrop();
    await dli.ok("GET", `/jobs/${jobId}/status`);
    assert.equal(dli.requests("showJobStatus")[0]?.status, 200);
  });
});
