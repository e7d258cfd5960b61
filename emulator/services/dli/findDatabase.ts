import { databaseNotFound, tableNotFound } from "./errors";
import type { DliDatabase, DliProject, DliTable } from "./model";

/** The database named by a path parameter (case-insensitive, spec/dli.md §4.0), or 400 `DLI.0002`. */
export function findDatabase(project: DliProject, rawName: string): DliDatabase {
  const name = rawName.toLowerCase();
  const database = project.databases[name];
  if (database === undefined) throw databaseNotFound(name);
  return database;
}

/** The table named by a path parameter (case-insensitive, spec/dli.md §5.0), or 400 `DLI.0002`. */
export function findTable(database: DliDatabase, rawName: string): DliTable {
  const name = rawName.toLowerCase();
  const table = database.tables[name];
  if (table === undefined) throw tableNotFound(name);
  return table;
}
