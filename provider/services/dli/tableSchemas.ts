/**
 * Table request and answer schemas (spec/dli.md §5). The create input is a union discriminated by
 * `dataLocation` (`OBS` external table, `DLI` managed table, `VIEW`). Note the two meanings of the
 * wire's `data_location`: the kind in list answers (§5.3), the OBS path in describe answers (§5.4).
 */
import { z } from "zod";
import { envelope } from "./envelope";
import { DLI_TABLE_NAME_PATTERN, normaliseDliName } from "./normaliseDliName";
import { compact, wireBoolean, wireNumber, wireStringList } from "./wireScalars";

export const DliTableNameSchema = z.string().regex(DLI_TABLE_NAME_PATTERN, {
  error: "letters, digits, _ and $ only, not all digits, not starting with _, 1–128 characters",
});

export const DliColumnSchema = z.strictObject({
  columnName: z.string().min(1),
  /** Spark SQL type (`string`, `int`, `decimal(10,2)` …); the seed lists none (spec/dli.md §5.1). */
  type: z.string().min(1),
  description: z.string().optional(),
  isPartitionColumn: z.boolean().optional(),
});
export type DliColumnInput = z.input<typeof DliColumnSchema>;

/** Unique names (case-insensitive) and at least one non-partition column (spec/dli.md §5.1). */
const columns = z
  .array(DliColumnSchema)
  .min(1)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const column of list) {
      const key = normaliseDliName(column.columnName);
      if (seen.has(key)) ctx.addIssue({ code: "custom", message: `duplicate column ${column.columnName}` });
      seen.add(key);
    }
    if (list.every((column) => column.isPartitionColumn === true)) {
      ctx.addIssue({ code: "custom", message: "a partitioned table needs at least one non-partition column" });
    }
  });

export const DLI_TABLE_DATA_TYPES = ["parquet", "orc", "csv", "json", "avro"] as const;
/** Case-insensitive on input (the seed writes `Parquet`, examples `csv`); sent lower-case as describe answers. */
const dataType = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(z.enum(DLI_TABLE_DATA_TYPES));

const CSV_ONLY = ["withColumnHeader", "delimiter", "quoteChar", "escapeChar"] as const;
const CSV_OR_JSON = ["dateFormat", "timestampFormat"] as const;

const obsTable = z
  .strictObject({
    tableName: DliTableNameSchema,
    dataLocation: z.literal("OBS"),
    description: z.string().optional(),
    columns,
    dataType,
    /** Must be an OBS path; not a bucket root (spec/dli.md §5.1). */
    dataPath: z.string().regex(/^obs:\/\/[^/]+\/.+/, { error: "dataPath must be obs://bucket/path" }),
    withColumnHeader: z.boolean().optional(),
    delimiter: z.string().min(1).optional(),
    quoteChar: z.string().min(1).optional(),
    escapeChar: z.string().min(1).optional(),
    dateFormat: z.string().min(1).optional(),
    timestampFormat: z.string().min(1).optional(),
  })
  .superRefine((table, ctx) => {
    // spec/dli.md §5.1: header/delimiter/quote/escape apply to CSV only, the formats to CSV and JSON.
    for (const key of CSV_ONLY) {
      if (table[key] !== undefined && table.dataType !== "csv") {
        ctx.addIssue({ code: "custom", path: [key], message: `${key} applies to csv tables only` });
      }
    }
    for (const key of CSV_OR_JSON) {
      if (table[key] !== undefined && table.dataType !== "csv" && table.dataType !== "json") {
        ctx.addIssue({ code: "custom", path: [key], message: `${key} applies to csv and json tables only` });
      }
    }
  });

const dliTable = z.strictObject({
  tableName: DliTableNameSchema,
  dataLocation: z.literal("DLI"),
  description: z.string().optional(),
  columns,
});

const viewTable = z.strictObject({
  tableName: DliTableNameSchema,
  dataLocation: z.literal("VIEW"),
  description: z.string().optional(),
  /** Optional for views (spec/dli.md §5.1). */
  columns: columns.optional(),
  /** Tables in it must be qualified `database.table`. */
  selectStatement: z.string().min(1),
});

export const CreateTableInputSchema = z.discriminatedUnion("dataLocation", [obsTable, dliTable, viewTable]);
export type CreateTableInput = z.input<typeof CreateTableInputSchema>;

export function createTableBody(input: z.output<typeof CreateTableInputSchema>): unknown {
  const wireColumns = input.columns?.map((column) =>
    compact({
      column_name: column.columnName,
      type: column.type,
      description: column.description,
      is_partition_column: column.isPartitionColumn,
    }),
  );
  const common = {
    table_name: input.tableName,
    data_location: input.dataLocation,
    description: input.description,
    columns: wireColumns,
  };
  if (input.dataLocation === "DLI") return compact(common);
  if (input.dataLocation === "VIEW") return compact({ ...common, select_statement: input.selectStatement });
  return compact({
    ...common,
    data_type: input.dataType,
    data_path: input.dataPath,
    with_column_header: input.withColumnHeader,
    delimiter: input.delimiter,
    quote_char: input.quoteChar,
    escape_char: input.escapeChar,
    date_format: input.dateFormat,
    timestamp_format: input.timestampFormat,
  });
}

/** Returned table kinds (spec/dli.md §5.3 note): `MANAGED` (DLI), `EXTERNAL` (OBS), `VIEW`. */
export const DLI_TABLE_TYPES = ["MANAGED", "EXTERNAL", "VIEW"] as const;
export type DliTableType = (typeof DLI_TABLE_TYPES)[number];

/** A list entry (spec/dli.md §5.3); without `withDetail` only name, kind and type come back. */
export interface DliTableSummary {
  readonly name: string;
  readonly tableType?: DliTableType;
  /** The storage kind: `DLI`, `OBS` (or `VIEW`). */
  readonly dataLocation?: string;
  readonly dataType?: string;
  /** OBS tables: the storage path. */
  readonly location?: string;
  readonly owner?: string;
  readonly createTime?: number;
  readonly lastAccessTime?: number;
  readonly tableSize?: number;
  readonly partitionColumns?: readonly string[];
}

export const ListTablesResponseSchema: z.ZodType<{ count?: number; tables: DliTableSummary[] }> = envelope({
  table_count: wireNumber.optional(),
  tables: z.array(
    z.object({
      table_name: z.string(),
      table_type: z.enum(DLI_TABLE_TYPES).optional(),
      data_location: z.string().optional(),
      data_type: z.string().optional(),
      location: z.string().optional(),
      owner: z.string().optional(),
      create_time: wireNumber.optional(),
      last_access_time: wireNumber.optional(),
      table_size: wireNumber.optional(),
      // spec/dli.md §5.3: typed String, the example shows an array.
      partition_columns: wireStringList.optional(),
    }),
  ),
}).transform((wire) =>
  compact({
    count: wire.table_count,
    tables: wire.tables.map((table) =>
      compact({
        name: table.table_name,
        tableType: table.table_type,
        dataLocation: table.data_location,
        dataType: table.data_type,
        location: table.location,
        owner: table.owner,
        createTime: table.create_time,
        lastAccessTime: table.last_access_time,
        tableSize: table.table_size,
        partitionColumns: table.partition_columns,
      }),
    ),
  }),
);

export interface DliColumn {
  readonly columnName: string;
  readonly type: string;
  readonly description?: string;
  readonly isPartitionColumn: boolean;
}

/** Describe answer (spec/dli.md §5.4). Partition columns come after the others (Spark order). */
export interface DliTableDescription {
  readonly tableType: DliTableType;
  readonly columns: readonly DliColumn[];
  readonly columnCount?: number;
  readonly dataType?: string;
  /** The wire's `data_location`: the OBS path of an external table. */
  readonly dataPath?: string;
  /** `delimiter`, `escape`, `quote`, `header`, `dateformat`, `timestampformat` → value. */
  readonly storageProperties: Readonly<Record<string, string>>;
  readonly tableComment?: string;
  /** For display only; the seed's text is not reliably parseable (spec/dli.md §5.4). */
  readonly createTableSql?: string;
}

export const DescribeTableResponseSchema: z.ZodType<DliTableDescription> = envelope({
  table_type: z.enum(DLI_TABLE_TYPES),
  column_count: wireNumber.optional(),
  columns: z
    .array(
      z.object({
        column_name: z.string(),
        type: z.string(),
        description: z.string().optional(),
        is_partition_column: wireBoolean.optional(),
      }),
    )
    .optional(),
  data_type: z.string().optional(),
  data_location: z.string().optional(),
  storage_properties: z.array(z.object({ key: z.string(), value: z.string() })).optional(),
  table_comment: z.string().optional(),
  create_table_sql: z.string().optional(),
}).transform((wire) =>
  compact({
    tableType: wire.table_type,
    columns: (wire.columns ?? []).map((column) =>
      compact({
        columnName: column.column_name,
        type: column.type,
        description: column.description,
        isPartitionColumn: column.is_partition_column ?? false,
      }),
    ),
    columnCount: wire.column_count,
    dataType: wire.data_type,
    dataPath: wire.data_location,
    storageProperties: Object.fromEntries((wire.storage_properties ?? []).map((p) => [p.key, p.value])),
    tableComment: wire.table_comment,
    createTableSql: wire.create_table_sql,
  }),
);
