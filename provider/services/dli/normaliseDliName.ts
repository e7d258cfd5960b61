/**
 * DLI treats queue, database and table names case-insensitively and stores them lower-case
 * ("队列名称不区分大小写，系统会自动转换为小写", spec/dli.md §2.0; databases §4.0 and tables §5.0 by
 * inference). Use this for ids and for every name comparison; the `find…ByName` helpers do.
 */
export function normaliseDliName(name: string): string {
  return name.toLowerCase();
}

/**
 * Queue, database, plan and table names: digits, letters and `_`, not all digits, not starting with
 * `_`, 1–128 characters (spec/dli.md §2.1, §3.1, §4.1). Tables may also contain `$` (§5.1).
 */
export const DLI_NAME_PATTERN = /^(?!_)(?![0-9]+$)[A-Za-z0-9_]{1,128}$/;
export const DLI_TABLE_NAME_PATTERN = /^(?!_)(?![0-9]+$)[A-Za-z0-9_$]{1,128}$/;
