import assert from "node:assert/strict";
import {
  DLI_TABLE_PAGE_SIZE,
  DescribeTableResponseSchema,
  ListTablesResponseSchema,
  deleteTable,
  describeTable,
  findTableByName,
  listTables,
} from "../../../../provider/services/dli";
import { FakeSender, requestOf } from "../cdm/fakeSender";
import { decodeMessage } from "./decodeMessage";

/** spec/dli.md §5.3 response example. */
const OBS_TABLE = {
  create_time: 1517364268000,
  data_location: "OBS",
  data_type: "csv",
  last_access_time: 1517364268000,
  location: "obs://DLI/sqldata/data.txt",
  owner: "test",
  partition_columns: ["a0"],
  table_name: "obs_t",
  table_size: 0,
  table_type: "EXTERNAL",
};

function page(names: readonly string[], total: number | undefined): unknown {
  const body: Record<string, unknown> = {
    is_success: true,
    message: "",
    tables: names.map((name) => ({ table_name: name, table_type: "MANAGED", data_location: "DLI" })),
  };
  if (total !== undefined) body.table_count = total;
  return body;
}

function names(count: number, prefix: string): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`);
}

describe("dli table operations", () => {
  it("the list schema accepts the §5.3 example", () => {
    const body = { is_success: true, message: "", table_count: 1, tables: [OBS_TABLE] };
    const answer = ListTablesResponseSchema.parse(body);
    assert.equal(answer.count, 1);
    assert.deepEqual(answer.tables[0], {
      name: "obs_t",
      tableType: "EXTERNAL",
      dataLocation: "OBS",
      dataType: "csv",
      location: "obs://DLI/sqldata/data.txt",
      owner: "test",
      createTime: 1517364268000,
      lastAccessTime: 1517364268000,
      tableSize: 0,
      partitionColumns: ["a0"],
    });
  });

  it("the list schema reads partition_columns typed String as a comma-separated list", () => {
    const answer = ListTablesResponseSchema.parse({ tables: [{ ...OBS_TABLE, partition_columns: "a0, a1" }] });
    assert.deepEqual(answer.tables[0]?.partitionColumns, ["a0", "a1"]);
  });

  it("the list schema rejects the filter vocabulary (MANAGED_TABLE) as a returned table type", () => {
    const message = decodeMessage("listTables", ListTablesResponseSchema, {
      tables: [{ ...OBS_TABLE, table_type: "MANAGED_TABLE" }],
    });
    assert.match(message ?? "", /^DecodeError.*tables\.0\.table_type/);
  });

  it("listTables fetches every page until table_count tables are read", async () => {
    const total = 2 * DLI_TABLE_PAGE_SIZE + 1;
    const sender = FakeSender.answering(
      page(names(DLI_TABLE_PAGE_SIZE, "a"), total),
      page(names(DLI_TABLE_PAGE_SIZE, "b"), total),
      page(["c"], total),
    );
    const tables = await listTables(sender, "db1");
    assert.equal(tables.length, total);
    assert.deepEqual(
      sender.operations.map((op) => op.query?.["current-page"]),
      [1, 2, 3],
    );
    assert.equal(sender.operations[0]?.path, "/v1.0/{project_id}/databases/db1/tables");
  });

  it("listTables stops after a full last page when table_count is reached", async () => {
    const sender = FakeSender.answering(page(names(DLI_TABLE_PAGE_SIZE, "a"), DLI_TABLE_PAGE_SIZE));
    assert.equal((await listTables(sender, "db1")).length, DLI_TABLE_PAGE_SIZE);
    assert.equal(sender.operations.length, 1);
  });

  it("findTableByName asks for details by keyword and keeps only the exact name", async () => {
    const sender = FakeSender.answering(page(["orders_2024", "orders", "old_orders"], 3));
    const table = await findTableByName(sender, "db1", "ORDERS");
    assert.equal(table?.name, "orders");
    assert.equal(sender.sent.query?.keyword, "orders");
    assert.equal(sender.sent.query?.["with-detail"], true);
  });

  it("findTableByName returns undefined when only fuzzy hits come back", async () => {
    const sender = FakeSender.answering(page(["orders_2024"], 1));
    assert.equal(await findTableByName(sender, "db1", "orders"), undefined);
  });

  it("deleteTable sends async=true and returns the job to poll", async () => {
    const sender = FakeSender.answering({ is_success: true, message: "", job_id: "job-9", job_mode: "async" });
    const result = await deleteTable(sender, "db1", "t1", { async: true });
    assert.equal(result.jobId, "job-9");
    assert.deepEqual(requestOf(sender.sent), {
      service: "dli",
      action: "deleteTable",
      method: "DELETE",
      path: "/v1.0/{project_id}/databases/db1/tables/t1",
      idempotent: true,
      query: { async: true },
    });
  });

  it("describeTable reads columns, string booleans and storage properties", async () => {
    const sender = FakeSender.answering({
      is_success: true,
      message: "",
      column_count: "2",
      columns: [
        { column_name: "id", type: "int", description: "" },
        { column_name: "ds", type: "string", is_partition_column: "true" },
      ],
      table_type: "EXTERNAL",
      data_type: "csv",
      data_location: "obs://bucket/path",
      storage_properties: [{ key: "delimiter", value: "," }],
      table_comment: "",
    });
    const table = await describeTable(sender, "db1", "t1");
    assert.equal(table.columnCount, 2);
    assert.deepEqual(
      table.columns.map((c) => [c.columnName, c.isPartitionColumn]),
      [
        ["id", false],
        ["ds", true],
      ],
    );
    assert.deepEqual(table.storageProperties, { delimiter: "," });
    assert.equal(table.dataPath, "obs://bucket/path");
  });

  it("the describe schema rejects an answer without table_type", () => {
    assert.match(
      decodeMessage("describeTable", DescribeTableResponseSchema, { is_success: true, columns: [] }) ?? "",
      /table_type/,
    );
  });
});
