import { z } from "zod";
import type { HuaweiRoute } from "../../types";
import { DLI_CSV_DEFAULTS, DLI_DATA_TYPES, DLI_TABLE_NAME_PATTERN } from "./constants";
import { dliOptions } from "./dliOptions";
import { alreadyExists, invalidParameter } from "./errors";
import { findDatabase } from "./findDatabase";
import type { DliState, DliTable } from "./model";
import { looseBoolean, parseBody } from "./parseBody";
import { projectOf } from "./project";
import { COLUMN_TYPE_PATTERN } from "./tableTypes";

/** spec/dli.md §5.1 table 7-21. */
const ColumnSchema = z.object({
  column_name: z.string().min(1),
  type: z.string().regex(COLUMN_TYPE_PATTERN, { error: "unsupported column type" }),
  description: z.string().default(""),
  is_partition_column: looseBoolean.default(false),
});

/** spec/dli.md §5.1 request body. */
const CreateTableBodySchema = z.object({
  table_name: z.string().regex(DLI_TABLE_NAME_PATTERN, {
    error: "table_name: only digits, letters, _ and $, not all digits, not starting with _, 1-128",
  }),
  data_location: z.enum(["OBS", "DLI", "VIEW"]),
  description: z.string().default(""),
  columns: z.array(ColumnSchema).optional(),
  select_statement: z.string().optional(),
  data_type: z.string().optional(),
  data_path: z.string().optional(),
  with_column_header: looseBoolean.optional(),
  delimiter: z.string().optional(),
  quote_char: z.string().optional(),
  escape_char: z.string().optional(),
  date_format: z.string().optional(),
  timestamp_format: z.string().optional(),
});
type CreateTableBody = z.infer<typeof CreateTableBodySchema>;

/** The CSV / JSON options with their defaults (§5.1 emulator convention); other formats have none. */
function storageOf(body: CreateTableBody, dataType: string | undefined): Record<string, string> {
  const formats = {
    dateformat: body.date_format ?? DLI_CSV_DEFAULTS["dateformat"] ?? "",
    timestampformat: body.timestamp_format ?? DLI_CSV_DEFAULTS["timestampformat"] ?? "",
  };
  if (dataType === "json") return formats;
  if (dataType !== "csv") return {};
  return {
    timestampformat: formats.timestampformat,
    quote: body.quote_char ?? DLI_CSV_DEFAULTS["quote"] ?? "",
    dateformat: formats.dateformat,
    escape: body.escape_char ?? DLI_CSV_DEFAULTS["escape"] ?? "",
    header: String(body.with_column_header ?? false),
    delimiter: body.delimiter ?? DLI_CSV_DEFAULTS["delimiter"] ?? "",
  };
}

/** The kind-specific rules of §5.1 (emulator convention), all `DLI.0001`. */
function checkKind(body: CreateTableBody): string | undefined {
  const columns = body.columns ?? [];
  if (body.data_location !== "VIEW" && columns.length === 0) {
    throw invalidParameter("columns must not be empty.");
  }
  if (body.data_location === "VIEW" && (body.select_statement ?? "") === "") {
    throw invalidParameter("select_statement is required for a view.");
  }
  const names = columns.map((column) => column.column_name.toLowerCase());
  if (new Set(names).size !== names.length) throw invalidParameter("Duplicate column names.");
  if (columns.length > 0 && columns.every((column) => column.is_partition_column)) {
    throw invalidParameter("A partitioned table must keep at least one non-partition column.");
  }
  if (body.data_location !== "OBS") return undefined;
  const dataType = body.data_type?.toLowerCase();
  if (dataType === undefined || !DLI_DATA_TYPES.includes(dataType)) {
    throw invalidParameter(
      "data_type must be one of Parquet, ORC, CSV, JSON, Avro for an OBS table.",
    );
  }
  if (body.data_path === undefined || !body.data_path.startsWith("obs://")) {
    throw invalidParameter("data_path must be an OBS path (obs://…) for an OBS table.");
  }
  return dataType;
}

/**
 * `POST /v1.0/{project_id}/databases/{database_name}/tables` (spec/dli.md §5.1): OBS, DLI tables
 * and views. Missing database → 400 `DLI.0002`; duplicate (case-insensitive) → 400 `DLI.0006`.
 */
export const createTable: HuaweiRoute<DliState> = {
  method: "POST",
  path: "/v1.0/{project_id}/databases/{database_name}/tables",
  action: "createTable",
  handle(request, ctx) {
    const body = parseBody(CreateTableBodySchema, request.body);
    const project = projectOf(request, ctx);
    const database = findDatabase(project, request.pathParams["database_name"] ?? "");
    const dataType = checkKind(body);
    const name = body.table_name.toLowerCase();
    if (database.tables[name] !== undefined) {
      throw alreadyExists(`Table ${name} already exists in database ${database.name}.`);
    }
    const table: DliTable = {
      name,
      dataLocation: body.data_location,
      description: body.description,
      columns: (body.columns ?? []).map((column) => ({
        ...column,
        type: column.type.toLowerCase(),
      })),
      storage: body.data_location === "OBS" ? storageOf(body, dataType) : {},
      owner: dliOptions(ctx.options).dliUserName,
      createdAt: ctx.now(),
    };
    if (body.select_statement !== undefined) table.selectStatement = body.select_statement;
    if (dataType !== undefined) table.dataType = dataType;
    if (body.data_location === "OBS" && body.data_path !== undefined)
      table.dataPath = body.data_path;
    database.tables[name] = table;
    return { status: 200, body: { is_success: true, message: "" } };
  },
};
