import type { HuaweiRoute } from "../../types";
import { findDatabase, findTable } from "./findDatabase";
import type { DliState, DliTable } from "./model";
import { projectOf } from "./project";
import { describeOrder, TABLE_TYPE } from "./tableTypes";

const quoteName = (name: string): string => `\`${name}\``;

/** `create_table_sql` in the style of the seed's examples (§5.4); for display only. */
function createTableSql(database: string, table: DliTable): string {
  const qualified = `${quoteName(database)}.${quoteName(table.name)}`;
  if (table.dataLocation === "VIEW")
    return `CREATE VIEW ${qualified} AS\n${table.selectStatement ?? ""}\n`;
  const columns = describeOrder(table.columns)
    .map((column) => `${quoteName(column.column_name)} ${column.type.toUpperCase()}`)
    .join(", ");
  const lines = [`CREATE TABLE ${qualified} (${columns})`, `USING ${table.dataType ?? "parquet"}`];
  const options = Object.entries(table.storage);
  if (options.length > 0) {
    const body = options.map(([key, value]) => `    ${quoteName(key)} '${value}'`).join(",\n");
    lines.push(`OPTIONS (\n${body}\n)`);
  }
  const partitions = table.columns.filter((column) => column.is_partition_column);
  if (partitions.length > 0) {
    lines.push(
      `PARTITIONED BY (${partitions.map((column) => quoteName(column.column_name)).join(", ")})`,
    );
  }
  lines.push(`COMMENT '${table.description}'`);
  if (table.dataPath !== undefined) lines.push(`LOCATION '${table.dataPath}'`);
  return `${lines.join("\n")}\n`;
}

/**
 * `GET /v1.0/{project_id}/databases/{database_name}/tables/{table_name}` (describe, spec/dli.md
 * §5.4): partition columns last; for OBS tables `data_location` is the OBS path. Missing database
 * or table → 400 `DLI.0002`.
 */
export const showTable: HuaweiRoute<DliState> = {
  method: "GET",
  path: "/v1.0/{project_id}/databases/{database_name}/tables/{table_name}",
  action: "showTable",
  handle(request, ctx) {
    const project = projectOf(request, ctx);
    const database = findDatabase(project, request.pathParams["database_name"] ?? "");
    const table = findTable(database, request.pathParams["table_name"] ?? "");
    const body: Record<string, unknown> = {
      is_success: true,
      message: "",
      column_count: table.columns.length,
      columns: describeOrder(table.columns),
      table_type: TABLE_TYPE[table.dataLocation],
    };
    if (table.dataLocation === "OBS") {
      body["data_type"] = table.dataType;
      body["data_location"] = table.dataPath;
      body["storage_properties"] = Object.entries(table.storage).map(([key, value]) => ({
        key,
        value,
      }));
    }
    if (table.dataLocation !== "VIEW") body["table_comment"] = table.description;
    body["create_table_sql"] = createTableSql(database.name, table);
    return { status: 200, body };
  },
};
