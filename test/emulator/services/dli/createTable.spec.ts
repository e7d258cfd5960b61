import { strict as assert } from "node:assert";
import { assertDliError, DliEmulator } from "./dliEmulator";
import { dliTableBody, obsTableBody, viewBody } from "./tableFixtures";

describe("DLI createTable", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.database("db1");
  });

  const create = (body: Record<string, unknown>, database = "db1") =>
    dli.call("POST", `/databases/${database}/tables`, { body });
  const stored = (name: string) => dli.project().databases["db1"]!.tables[name]!;

  it("createTable: creates the seed's OBS CSV table and answers the envelope", async () => {
    const answer = await create(obsTableBody());
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { is_success: true, message: "" });
    assert.equal(stored("tb1").dataLocation, "OBS");
    assert.equal(stored("tb1").dataPath, "obs://obs/path1");
  });

  it("createTable: stores the CSV options as sent", async () => {
    await create(obsTableBody({ delimiter: "|", with_column_header: "true" }));
    assert.equal(stored("tb1").storage["delimiter"], "|");
    assert.equal(stored("tb1").storage["header"], "true");
  });

  it("createTable: fills the documented CSV defaults for options not sent", async () => {
    const body = obsTableBody();
    for (const key of [
      "with_column_header",
      "delimiter",
      "quote_char",
      "escape_char",
      "date_format",
      "timestamp_format",
    ]) {
      delete body[key];
    }
    await create(body);
    assert.deepEqual(stored("tb1").storage, {
      timestampformat: "yyyy-MM-dd HH:mm:ss",
      quote: '"',
      dateformat: "yyyy-MM-dd",
      escape: "\\",
      header: "false",
      delimiter: ",",
    });
  });

  it("createTable: keeps only the date and timestamp formats for a JSON table", async () => {
    await create(obsTableBody({ data_type: "JSON", delimiter: "|" }));
    assert.deepEqual(Object.keys(stored("tb1").storage).sort(), ["dateformat", "timestampformat"]);
    assert.equal(stored("tb1").dataType, "json");
  });

  it("createTable: creates a DLI (managed) table and lower-cases column types", async () => {
    await create(dliTableBody());
    assert.equal(stored("managed1").dataLocation, "DLI");
    assert.equal(stored("managed1").columns[0]!.type, "string");
  });

  it("createTable: creates a view from its select_statement", async () => {
    await create(viewBody());
    assert.equal(stored("view1").selectStatement, "select * from db1.tb1");
  });

  it("createTable: accepts a view without columns", async () => {
    assert.equal((await create(viewBody({ columns: undefined }))).status, 200);
  });

  it("createTable: accepts a table name containing $ and stores it lower-cased", async () => {
    await create(dliTableBody({ table_name: "$Test" }));
    assert.ok(dli.project().databases["db1"]!.tables["$test"]);
  });

  it("createTable: accepts parameterised column types such as decimal(10,2) and map<string,int>", async () => {
    const columns = [
      { column_name: "amount", type: "decimal(10,2)" },
      { column_name: "attrs", type: "map<string,int>" },
    ];
    assert.equal((await create(dliTableBody({ columns }))).status, 200);
  });

  it("createTable: rejects a duplicate table (case-insensitive) with 400 DLI.0006", async () => {
    await create(obsTableBody());
    assertDliError(await create(obsTableBody({ table_name: "TB1" })), 400, "DLI.0006");
  });

  it("createTable: rejects a table name starting with _ with 400 DLI.0001", async () => {
    assertDliError(await create(dliTableBody({ table_name: "_t" })), 400, "DLI.0001");
  });

  it("createTable: rejects an unknown data_location with 400 DLI.0001", async () => {
    assertDliError(await create(dliTableBody({ data_location: "HDFS" })), 400, "DLI.0001");
  });

  it("createTable: rejects an OBS table without data_type with 400 DLI.0001", async () => {
    assertDliError(await create(obsTableBody({ data_type: undefined })), 400, "DLI.0001");
  });

  it("createTable: rejects an OBS table whose data_path is not an obs:// path with 400 DLI.0001", async () => {
    assertDliError(await create(obsTableBody({ data_path: "s3://bucket/x" })), 400, "DLI.0001");
  });

  it("createTable: rejects a DLI table without columns with 400 DLI.0001", async () => {
    assertDliError(await create(dliTableBody({ columns: [] })), 400, "DLI.0001");
  });

  it("createTable: rejects a view without select_statement with 400 DLI.0001", async () => {
    assertDliError(await create(viewBody({ select_statement: undefined })), 400, "DLI.0001");
  });

  it("createTable: rejects a table whose only columns are partition columns with 400 DLI.0001", async () => {
    const columns = [{ column_name: "p", type: "string", is_partition_column: true }];
    assertDliError(await create(dliTableBody({ columns })), 400, "DLI.0001");
  });

  it("createTable: rejects duplicate column names (case-insensitive) with 400 DLI.0001", async () => {
    const columns = [
      { column_name: "id", type: "int" },
      { column_name: "ID", type: "string" },
    ];
    assertDliError(await create(dliTableBody({ columns })), 400, "DLI.0001");
  });

  it("createTable: rejects an unknown column type with 400 DLI.0001", async () => {
    assertDliError(
      await create(dliTableBody({ columns: [{ column_name: "id", type: "number" }] })),
      400,
      "DLI.0001",
    );
  });

  it("createTable: answers 400 DLI.0002 There is no database named … for a missing database", async () => {
    const answer = await create(dliTableBody(), "nope");
    assertDliError(answer, 400, "DLI.0002");
    assert.equal(answer.body["error_msg"], "There is no database named nope");
  });
});
