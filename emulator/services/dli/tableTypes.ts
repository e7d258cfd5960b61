import type { DliTable } from "./model";

/** spec/dli.md §5.3 / §5.4: `data_location` kind → returned `table_type`. */
export const TABLE_TYPE: Readonly<Record<DliTable["dataLocation"], string>> = {
  DLI: "MANAGED",
  OBS: "EXTERNAL",
  VIEW: "VIEW",
};

/** §5.3 `table-type` filter: both vocabularies are accepted (emulator convention). */
export const TABLE_TYPE_FILTER: Readonly<Record<string, string>> = {
  MANAGED_TABLE: "MANAGED",
  EXTERNAL_TABLE: "EXTERNAL",
  VIRTUAL_VIEW: "VIEW",
  MANAGED: "MANAGED",
  EXTERNAL: "EXTERNAL",
  VIEW: "VIEW",
};

/**
 * Column types (spec/dli.md §5.1 emulator convention: Spark SQL names, the seed lists none),
 * compared case-insensitively and stored lower-case.
 */
export const COLUMN_TYPE_PATTERN =
  /^(?:string|boolean|tinyint|smallint|int|integer|bigint|float|double|decimal|date|timestamp|binary|(?:char|varchar)\(\d+\)|decimal\(\d+,\s*\d+\)|(?:array|map|struct)<.+>)$/i;

/** Columns as describe returns them: non-partition columns first, then partition columns (§5.4). */
export function describeOrder<T extends { is_partition_column: boolean }>(
  columns: readonly T[],
): T[] {
  return [
    ...columns.filter((column) => !column.is_partition_column),
    ...columns.filter((column) => column.is_partition_column),
  ];
}
