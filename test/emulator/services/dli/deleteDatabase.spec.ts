import { strict as assert } from "node:assert";
import { assertDliError, DliEmulator } from "./dliEmulator";

describe("DLI deleteDatabase", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.database("db1");
  });

  const remove = (query: Record<string, string> = {}, database = "db1") =>
    dli.call("DELETE", `/databases/${database}`, { query });

  it("deleteDatabase: deletes an empty database synchronously (job_mode sync)", async () => {
    const answer = await remove();
    assert.deepEqual(answer.body, { is_success: true, message: "", job_mode: "sync" });
    assert.equal(dli.project().databases["db1"], undefined);
  });

  it("deleteDatabase: refuses a database with tables without cascade with 400 DLI.0007", async () => {
    await dli.table();
    const answer = await remove();
    assertDliError(answer, 400, "DLI.0007");
    assert.equal(answer.body["error_msg"], "Database db1 is not empty");
  });

  it("deleteDatabase: deletes a database and its tables with cascade=true", async () => {
    await dli.table();
    assert.equal((await remove({ cascade: "true" })).status, 200);
    assertDliError(await dli.call("GET", "/databases/db1/tables/tb1"), 400, "DLI.0002");
  });

  it("deleteDatabase: with async=true answers a DDL job id", async () => {
    const answer = await remove({ async: "true" });
    assert.equal(answer.body["job_type"], "DDL");
    assert.equal(answer.body["job_mode"], "async");
    assert.match(answer.body["job_id"] as string, /^[0-9a-f-]{36}$/);
  });

  it("deleteDatabase: with async=true keeps the database until the job has finished", async () => {
    const jobId = (await remove({ async: "true", cascade: "true" })).body["job_id"] as string;
    const running = await dli.ok("GET", `/jobs/${jobId}/status`);
    assert.equal(running["status"], "RUNNING");
    assert.equal(running["statement"], "DROP DATABASE db1 CASCADE");
    assert.ok(dli.project().databases["db1"]);
    dli.advance(2_000);
    assert.equal((await dli.ok("GET", `/jobs/${jobId}/status`))["status"], "FINISHED");
    assert.deepEqual((await dli.ok("GET", "/databases"))["databases"], []);
  });

  it("deleteDatabase: refuses the built-in database default with 400 DLI.0007", async () => {
    assertDliError(await remove({}, "default"), 400, "DLI.0007");
  });

  it("deleteDatabase: rejects a cascade value that is not a boolean with 400 DLI.0001", async () => {
    assertDliError(await remove({ cascade: "yes" }), 400, "DLI.0001");
  });

  it("deleteDatabase: answers 400 DLI.0002 for a missing database", async () => {
    assertDliError(await remove({}, "nope"), 400, "DLI.0002");
  });
});
