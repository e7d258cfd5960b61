/**
 * Table operations (spec/dli.md §5). There is no update API: every table field is replace-on-change.
 * A missing table or database is `DLI.0002` (emulator convention of §5.4), raised as `notFound`.
 */
import { z } from "zod";
import type { OperationSender } from "../../operation";
import { DliDatabaseNameSchema } from "./databaseOperations";
import { type DliDdlResult, DdlResponseSchema } from "./ddlResult";
import { dliPath } from "./dliPath";
import { EmptyEnvelopeSchema } from "./envelope";
import { normaliseDliName } from "./normaliseDliName";
import { parseInput } from "./parseInput";
import {
  type CreateTableInput,
  CreateTableInputSchema,
  DescribeTableResponseSchema,
  type DliTableDescription,
  type DliTableSummary,
  DliTableNameSchema,
  ListTablesResponseSchema,
  createTableBody,
} from "./tableSchemas";
import { readAllPages } from "../readAllPages";
import { compact } from "./wireScalars";

/** Largest page the list accepts (spec/dli.md §5.3: 1–100). */
export const DLI_TABLE_PAGE_SIZE = 100;

function tablesPath(databaseName: string, ...rest: string[]): string {
  return dliPath("v1.0", "databases", databaseName, "tables", ...rest);
}

/** `POST /v1.0/{project_id}/databases/{database_name}/tables` (spec/dli.md §5.1). */
export async function createTable(sender: OperationSender, databaseName: string, input: CreateTableInput): Promise<void> {
  parseInput(DliDatabaseNameSchema, databaseName, "createTable");
  const parsed = parseInput(CreateTableInputSchema, input, "createTable");
  return sender.send({
    cloud: "huawei",
    service: "dli",
    action: "createTable",
    method: "POST",
    path: tablesPath(databaseName),
    body: createTableBody(parsed),
    idempotent: false,
    response: EmptyEnvelopeSchema,
  });
}

export interface DeleteTableOptions {
  /** Run as a job; poll the returned `jobId` with `showJobStatus` (spec/dli.md §5.2). */
  readonly async?: boolean;
}

/** `DELETE …/tables/{table_name}?async=` (spec/dli.md §5.2). */
export async function deleteTable(
  sender: OperationSender,
  databaseName: string,
  tableName: string,
  options: DeleteTableOptions = {},
): Promise<DliDdlResult> {
  parseInput(DliDatabaseNameSchema, databaseName, "deleteTable");
  parseInput(DliTableNameSchema, tableName, "deleteTable");
  return sender.send({
    cloud: "huawei",
    service: "dli",
    action: "deleteTable",
    method: "DELETE",
    path: tablesPath(databaseName, tableName),
    query: compact({ async: options.async }),
    idempotent: true,
    response: DdlResponseSchema,
  });
}

export const ListTablesOptionsSchema = z.strictObject({
  /** Filter on table names; treated as fuzzy (spec/dli.md §5.3). */
  keyword: z.string().optional(),
  withDetail: z.boolean().optional(),
  withPriv: z.boolean().optional(),
  tableType: z.enum(["MANAGED_TABLE", "EXTERNAL_TABLE", "VIRTUAL_VIEW"]).optional(),
  datasourceType: z
    .enum(["CSS", "DLI", "DWS", "Geomesa", "HBase", "JDBC", "Mongo", "OBS", "ODPS", "OpenTSDB", "Redis", "RDS"])
    .optional(),
  withoutTablemeta: z.boolean().optional(),
});
export type ListTablesOptions = z.input<typeof ListTablesOptionsSchema>;

/**
 * `GET …/tables?page-size=&current-page=` until every page is read (spec/dli.md §5.3). Stops when
 * `table_count` tables were collected or a page comes back short.
 */
export async function listTables(
  sender: OperationSender,
  databaseName: string,
  options: ListTablesOptions = {},
): Promise<DliTableSummary[]> {
  parseInput(DliDatabaseNameSchema, databaseName, "listTables");
  const parsed = parseInput(ListTablesOptionsSchema, options, "listTables");
  return readAllPages(
    async (page, pageSize) => {
      const answer = await sender.send({
        cloud: "huawei",
        service: "dli",
        action: "listTables",
        method: "GET",
        path: tablesPath(databaseName),
        query: compact({
          keyword: parsed.keyword,
          "with-detail": parsed.withDetail,
          "with-priv": parsed.withPriv,
          "table-type": parsed.tableType,
          "datasource-type": parsed.datasourceType,
          "without-tablemeta": parsed.withoutTablemeta,
          "page-size": pageSize,
          "current-page": page,
        }),
        idempotent: true,
        response: ListTablesResponseSchema,
      });
      return { items: answer.tables, totalCount: answer.count ?? Infinity };
    },
    { pageSize: DLI_TABLE_PAGE_SIZE },
  );
}

/**
 * The table named `name` in `databaseName` (case-insensitive, spec/dli.md §5.0), with details, or
 * `undefined`; ignores the keyword filter's fuzzy hits.
 */
export async function findTableByName(
  sender: OperationSender,
  databaseName: string,
  name: string,
): Promise<DliTableSummary | undefined> {
  const wanted = normaliseDliName(name);
  const candidates = await listTables(sender, databaseName, { keyword: wanted, withDetail: true });
  return candidates.find((table) => normaliseDliName(table.name) === wanted);
}

/** `GET …/tables/{table_name}` (spec/dli.md §5.4). */
export async function describeTable(
  sender: OperationSender,
  databaseName: string,
  tableName: string,
): Promise<DliTableDescription> {
  parseInput(DliDatabaseNameSchema, databaseName, "describeTable");
  parseInput(DliTableNameSchema, tableName, "describeTable");
  return sender.send({
    cloud: "huawei",
    service: "dli",
    action: "describeTable",
    method: "GET",
    path: tablesPath(databaseName, tableName),
    idempotent: true,
    response: DescribeTableResponseSchema,
  });
}
