import { strict as assert } from "node:assert";
import { assertDliError, DliEmulator } from "./dliEmulator";

describe("DLI deleteTable", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.database("db1");
    await dli.table("db1", "tb1");
  });

  const remove = (query: Record<string, string> = {}, path = "/databases/db1/tables/tb1") =>
    dli.call("DELETE", path, { query });

  it("deleteTable: deletes the table synchronously (job_mode sync)", async () => {
    const answer = await remove();
    assert.deepEqual(answer.body, { is_success: true, message: "", job_mode: "sync" });
    assertDliError(await dli.call("GET", "/databases/db1/tables/tb1"), 400, "DLI.0002");
  });

  it("deleteTable: lets the now empty database be deleted without cascade", async () => {
    await remove();
    assert.equal((await dli.call("DELETE", "/databases/db1")).status, 200);
  });

  it("deleteTable: with async=true answers a DDL job and drops the table when the job finishes", async () => {
    const answer = await remove({ async: "true" });
    assert.equal(answer.body["job_type"], "DDL");
    assert.equal(answer.body["job_mode"], "async");
    const jobId = answer.body["job_id"] as string;
    const running = await dli.ok("GET", `/jobs/${jobId}/status`);
    assert.equal(running["status"], "RUNNING");
    assert.equal(running["table_name"], "tb1");
    assert.equal((await dli.call("GET", "/databases/db1/tables/tb1")).status, 200);
    dli.advance(2_000);
    assertDliError(await dli.call("GET", "/databases/db1/tables/tb1"), 400, "DLI.0002");
  });

  it("deleteTable: rejects an async value that is not a boolean with 400 DLI.0001", async () => {
    assertDliError(await remove({ async: "later" }), 400, "DLI.0001");
  });

  it("deleteTable: answers 400 DLI.0002 for a missing table", async () => {
    assertDliError(await remove({}, "/databases/db1/tables/nope"), 400, "DLI.0002");
  });

  it("deleteTable: answers 400 DLI.0002 for a missing database", async () => {
    assertDliError(await remove({}, "/databases/nope/tables/tb1"), 400, "DLI.0002");
  });
});
