/** The seed's OBS table example (spec/dli.md §5.1), repaired escape characters included. */
export function obsTableBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    table_name: "tb1",
    data_location: "OBS",
    description: "",
    data_type: "csv",
    data_path: "obs://obs/path1",
    columns: [
      { column_name: "column1", type: "string", description: "", is_partition_column: true },
      { column_name: "column2", type: "string", description: "", is_partition_column: false },
    ],
    with_column_header: true,
    delimiter: ",",
    quote_char: '"',
    escape_char: "\\",
    date_format: "yyyy-MM-dd",
    timestamp_format: "yyyy-MM-dd HH:mm:ss",
    ...overrides,
  };
}

/** The seed's view example (spec/dli.md §5.1). */
export function viewBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    table_name: "view1",
    data_location: "VIEW",
    columns: [
      { column_name: "column1", type: "string", description: "", is_partition_column: true },
      { column_name: "column2", type: "string", description: "", is_partition_column: false },
    ],
    select_statement: "select * from db1.tb1",
    ...overrides,
  };
}

/** A managed (DLI) table with a partition column listed first. */
export function dliTableBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    table_name: "managed1",
    data_location: "DLI",
    description: "people by level",
    columns: [
      { column_name: "level", type: "STRING", is_partition_column: true },
      { column_name: "id", type: "int" },
      { column_name: "name", type: "string" },
    ],
    ...overrides,
  };
}
