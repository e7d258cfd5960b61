import { z } from "zod";
import type { HuaweiRoute } from "../../types";
import { findDatabase } from "./findDatabase";
import type { DliState, DliTable } from "./model";
import { looseBoolean, parseBody } from "./parseBody";
import { projectOf } from "./project";
import { TABLE_TYPE, TABLE_TYPE_FILTER } from "./tableTypes";

/** spec/dli.md §5.3 query parameters. */
const ListTablesQuerySchema = z.object({
  keyword: z.string().default(""),
  "with-detail": looseBoolean.default(false),
  "page-size": z.coerce.number().int().min(1).max(100).optional(),
  "current-page": z.coerce.number().int().min(1).default(1),
  "with-priv": looseBoolean.default(false),
  "table-type": z
    .string()
    .refine((type) => TABLE_TYPE_FILTER[type] !== undefined, { error: "unknown table-type" })
    .optional(),
  "datasource-type": z.string().optional(),
  "without-tablemeta": looseBoolean.default(false),
});

/** §5.3 `datasource-type`: DLI tables are managed, OBS tables external; other sources have none here. */
function matchesDatasource(table: DliTable, type: string | undefined): boolean {
  if (type === undefined) return true;
  return table.dataLocation === type;
}

function render(table: DliTable, detail: boolean): Record<string, unknown> {
  const item: Record<string, unknown> = {
    data_location: table.dataLocation,
    table_name: table.name,
    table_type: TABLE_TYPE[table.dataLocation],
  };
  if (!detail) return item;
  item["create_time"] = table.createdAt;
  item["last_access_time"] = table.createdAt;
  item["owner"] = table.owner;
  item["table_size"] = 0;
  if (table.dataLocation === "OBS") {
    item["data_type"] = table.dataType;
    item["location"] = table.dataPath;
    const partitions = table.columns.filter((column) => column.is_partition_column);
    // §5.3: only OBS partitioned tables carry partition_columns (an array, as the example shows).
    if (partitions.length > 0)
      item["partition_columns"] = partitions.map((column) => column.column_name);
  }
  return item;
}

/**
 * `GET /v1.0/{project_id}/databases/{database_name}/tables` (spec/dli.md §5.3): `keyword` keeps
 * names containing it; `table_count` counts matches before paging; ordered by name. Without
 * `with-detail` only `data_location`, `table_name`, `table_type` are returned.
 */
export const listTables: HuaweiRoute<DliState> = {
  method: "GET",
  path: "/v1.0/{project_id}/databases/{database_name}/tables",
  action: "listTables",
  handle(request, ctx) {
    const query = parseBody(ListTablesQuerySchema, Object.fromEntries(request.query));
    const project = projectOf(request, ctx);
    const database = findDatabase(project, request.pathParams["database_name"] ?? "");
    const wantedType =
      query["table-type"] === undefined ? undefined : TABLE_TYPE_FILTER[query["table-type"]];
    const matching = Object.values(database.tables)
      .filter((table) => table.name.includes(query.keyword.toLowerCase()))
      .filter((table) => wantedType === undefined || TABLE_TYPE[table.dataLocation] === wantedType)
      .filter((table) => matchesDatasource(table, query["datasource-type"]))
      .sort((a, b) => a.name.localeCompare(b.name));
    const size = query["page-size"];
    const start = size === undefined ? 0 : (query["current-page"] - 1) * size;
    const page = size === undefined ? matching : matching.slice(start, start + size);
    return {
      status: 200,
      body: {
        is_success: true,
        message: "",
        table_count: matching.length,
        tables: page.map((table) => render(table, query["with-detail"])),
      },
    };
  },
};
