import { strict as assert } from "node:assert";
import { assertDliError, DliEmulator } from "./dliEmulator";
import { dliTableBody, obsTableBody, viewBody } from "./tableFixtures";

describe("DLI showTable", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.database("db1");
  });

  const describeTable = async (body: Record<string, unknown>) => {
    await dli.ok("POST", "/databases/db1/tables", { body });
    return dli.ok("GET", `/databases/db1/tables/${String(body["table_name"]).toLowerCase()}`);
  };

  it("showTable: describes a managed table with partition columns listed last", async () => {
    const body = await describeTable(dliTableBody());
    assert.equal(body["table_type"], "MANAGED");
    assert.equal(body["column_count"], 3);
    assert.deepEqual(
      (body["columns"] as Array<Record<string, unknown>>).map((c) => [
        c["column_name"],
        c["is_partition_column"],
      ]),
      [
        ["id", false],
        ["name", false],
        ["level", true],
      ],
    );
    assert.equal(body["table_comment"], "people by level");
    assert.match(body["create_table_sql"], /^CREATE TABLE `db1`\.`managed1`/);
    assert.equal(body["data_location"], undefined);
  });

  it("showTable: describes an OBS table with its path as data_location and its storage properties", async () => {
    const body = await describeTable(obsTableBody({ delimiter: "|" }));
    assert.equal(body["table_type"], "EXTERNAL");
    assert.equal(body["data_type"], "csv");
    assert.equal(body["data_location"], "obs://obs/path1");
    const properties = Object.fromEntries(
      (body["storage_properties"] as Array<{ key: string; value: string }>).map((p) => [
        p.key,
        p.value,
      ]),
    );
    assert.deepEqual(properties, {
      timestampformat: "yyyy-MM-dd HH:mm:ss",
      quote: '"',
      dateformat: "yyyy-MM-dd",
      escape: "\\",
      header: "true",
      delimiter: "|",
    });
  });

  it("showTable: answers an empty storage_properties for a Parquet OBS table", async () => {
    const body = await describeTable(obsTableBody({ data_type: "Parquet" }));
    assert.equal(body["data_type"], "parquet");
    assert.deepEqual(body["storage_properties"], []);
  });

  it("showTable: describes a view with its statement inside create_table_sql", async () => {
    const body = await describeTable(viewBody());
    assert.equal(body["table_type"], "VIEW");
    assert.equal(body["create_table_sql"], "CREATE VIEW `db1`.`view1` AS\nselect * from db1.tb1\n");
  });

  it("showTable: finds the table whatever the case of the names in the path", async () => {
    await dli.ok("POST", "/databases/db1/tables", { body: dliTableBody() });
    assert.equal((await dli.ok("GET", "/databases/DB1/tables/MANAGED1"))["table_type"], "MANAGED");
  });

  it("showTable: answers 400 DLI.0002 There is no table named … for a missing table", async () => {
    const answer = await dli.call("GET", "/databases/db1/tables/nope");
    assertDliError(answer, 400, "DLI.0002");
    assert.equal(answer.body["error_msg"], "There is no table named nope");
  });

  it("showTable: answers 400 DLI.0002 There is no database named … for a missing database", async () => {
    const answer = await dli.call("GET", "/databases/nodb/tables/t");
    assertDliError(answer, 400, "DLI.0002");
    assert.equal(answer.body["error_msg"], "There is no database named nodb");
  });
});
