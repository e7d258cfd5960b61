import { strict as assert } from "node:assert";
import { assertDliError, DliEmulator } from "./dliEmulator";

type Item = Record<string, unknown>;

describe("DLI listDatabases", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    for (const name of ["sales", "sales_archive", "hr", "finance"]) await dli.database(name);
  });

  const list = (query: Record<string, string> = {}) => dli.ok("GET", "/databases", { query });
  const names = async (query: Record<string, string> = {}) =>
    ((await list(query))["databases"] as Item[]).map((database) => database["database_name"]);

  it("listDatabases: lists every database ordered by name with database_count", async () => {
    const body = await list();
    assert.equal(body["database_count"], 4);
    assert.deepEqual(await names(), ["finance", "hr", "sales", "sales_archive"]);
  });

  it("listDatabases: answers owner, table_number, description and enterprise project per database", async () => {
    await dli.table("hr", "people");
    const [hr] = (await list({ keyword: "hr" }))["databases"] as Item[];
    assert.deepEqual(hr, {
      database_name: "hr",
      description: "this is for test",
      owner: "test",
      table_number: 1,
      enterprise_project_id: "0",
    });
  });

  it("listDatabases: keeps names containing the keyword", async () => {
    assert.deepEqual(await names({ keyword: "sales" }), ["sales", "sales_archive"]);
  });

  it("listDatabases: matches the keyword case-insensitively", async () => {
    assert.deepEqual(await names({ keyword: "HR" }), ["hr"]);
  });

  it("listDatabases: pages with offset and limit while database_count counts every match", async () => {
    const body = await list({ offset: "1", limit: "2" });
    assert.equal(body["database_count"], 4);
    assert.deepEqual(
      (body["databases"] as Item[]).map((d) => d["database_name"]),
      ["hr", "sales"],
    );
  });

  it("listDatabases: filters by tags (key=value, fuzzy) without returning them", async () => {
    await dli.ok("POST", "/databases", {
      body: { database_name: "tagged", tags: [{ key: "team", value: "data" }] },
    });
    const body = await list({ tags: "team=data" });
    assert.deepEqual(
      (body["databases"] as Item[]).map((d) => d["database_name"]),
      ["tagged"],
    );
    assert.equal("tags" in (body["databases"] as Item[])[0]!, false);
  });

  it("listDatabases: rejects a negative offset with 400 DLI.0001", async () => {
    assertDliError(
      await dli.call("GET", "/databases", { query: { offset: "-1" } }),
      400,
      "DLI.0001",
    );
  });

  it("listDatabases: rejects a with-priv that is not a boolean with 400 DLI.0001", async () => {
    assertDliError(
      await dli.call("GET", "/databases", { query: { "with-priv": "maybe" } }),
      400,
      "DLI.0001",
    );
  });
});
