import { strict as assert } from "node:assert";
import { assertDliError, DliEmulator } from "./dliEmulator";

describe("DLI createDatabase", () => {
  const dli = DliEmulator.forEachTestOfSuite();

  const create = (body: Record<string, unknown>) => dli.call("POST", "/databases", { body });

  it("createDatabase: creates the database and answers the envelope", async () => {
    const answer = await create({ database_name: "db1", description: "this is for test" });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { is_success: true, message: "" });
    const database = dli.project().databases["db1"]!;
    assert.equal(database.owner, "test");
    assert.equal(database.description, "this is for test");
  });

  it("createDatabase: stores the name lower-cased", async () => {
    await create({ database_name: "Sales_DB" });
    assert.ok(dli.project().databases["sales_db"]);
  });

  it("createDatabase: rejects a duplicate name (case-insensitive) with 400 DLI.0006", async () => {
    await create({ database_name: "db1" });
    assertDliError(await create({ database_name: "DB1" }), 400, "DLI.0006");
  });

  it("createDatabase: rejects the built-in name default with 400 DLI.0001", async () => {
    assertDliError(await create({ database_name: "Default" }), 400, "DLI.0001");
  });

  it("createDatabase: rejects an all-digit name with 400 DLI.0001", async () => {
    assertDliError(await create({ database_name: "2024" }), 400, "DLI.0001");
  });

  it("createDatabase: rejects a name with a hyphen with 400 DLI.0001", async () => {
    assertDliError(await create({ database_name: "my-db" }), 400, "DLI.0001");
  });

  it("createDatabase: rejects a name longer than 128 characters with 400 DLI.0001", async () => {
    assertDliError(await create({ database_name: "d".repeat(129) }), 400, "DLI.0001");
  });

  it("createDatabase: rejects a tag without a key with 400 DLI.0001", async () => {
    assertDliError(await create({ database_name: "db1", tags: [{ value: "v" }] }), 400, "DLI.0001");
  });
});
