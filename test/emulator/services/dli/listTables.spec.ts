import { strict as assert } from "node:assert";
import { assertDliError, DLI_TEST_NOW, DliEmulator } from "./dliEmulator";
import { dliTableBody, obsTableBody, viewBody } from "./tableFixtures";

type Item = Record<string, unknown>;

describe("DLI listTables", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.database("db1");
    for (const body of [obsTableBody(), dliTableBody(), viewBody()]) {
      await dli.ok("POST", "/databases/db1/tables", { body });
    }
  });

  const list = (query: Record<string, string> = {}) =>
    dli.ok("GET", "/databases/db1/tables", { query });
  const names = async (query: Record<string, string> = {}) =>
    ((await list(query))["tables"] as Item[]).map((table) => table["table_name"]);

  it("listTables: lists name, location kind and type only, ordered by name, with table_count", async () => {
    const body = await list();
    assert.equal(body["table_count"], 3);
    assert.deepEqual(body["tables"], [
      { data_location: "DLI", table_name: "managed1", table_type: "MANAGED" },
      { data_location: "OBS", table_name: "tb1", table_type: "EXTERNAL" },
      { data_location: "VIEW", table_name: "view1", table_type: "VIEW" },
    ]);
  });

  it("listTables: with with-detail=true adds owner, times, size, OBS location and partition columns", async () => {
    const tables = (await list({ "with-detail": "true" }))["tables"] as Item[];
    const obs = tables.find((table) => table["table_name"] === "tb1")!;
    assert.equal(obs["owner"], "test");
    assert.equal(obs["create_time"], DLI_TEST_NOW);
    assert.equal(obs["location"], "obs://obs/path1");
    assert.equal(obs["data_type"], "csv");
    assert.deepEqual(obs["partition_columns"], ["column1"]);
    assert.equal(obs["table_size"], 0);
  });

  it("listTables: keeps names containing the keyword", async () => {
    assert.deepEqual(await names({ keyword: "tb" }), ["tb1"]);
  });

  it("listTables: filters by table-type in the filter vocabulary (EXTERNAL_TABLE)", async () => {
    assert.deepEqual(await names({ "table-type": "EXTERNAL_TABLE" }), ["tb1"]);
  });

  it("listTables: filters by table-type in the answer vocabulary (VIEW)", async () => {
    assert.deepEqual(await names({ "table-type": "VIEW" }), ["view1"]);
  });

  it("listTables: pages with page-size and current-page while table_count counts every match", async () => {
    const body = await list({ "page-size": "2", "current-page": "2" });
    assert.equal(body["table_count"], 3);
    assert.deepEqual(
      (body["tables"] as Item[]).map((table) => table["table_name"]),
      ["view1"],
    );
  });

  it("listTables: rejects a page-size above 100 with 400 DLI.0001", async () => {
    assertDliError(
      await dli.call("GET", "/databases/db1/tables", { query: { "page-size": "101" } }),
      400,
      "DLI.0001",
    );
  });

  it("listTables: rejects an unknown table-type with 400 DLI.0001", async () => {
    assertDliError(
      await dli.call("GET", "/databases/db1/tables", { query: { "table-type": "TEMP" } }),
      400,
      "DLI.0001",
    );
  });

  it("listTables: answers 400 DLI.0002 for a missing database", async () => {
    assertDliError(await dli.call("GET", "/databases/nope/tables"), 400, "DLI.0002");
  });
});
