/**
 * Database operations (spec/dli.md §4). There is no single-database GET: a database is found with
 * the list's fuzzy `keyword` filter and an exact name match (`findDatabaseByName`, §4.0).
 */
import { z } from "zod";
import type { OperationSender } from "../../operation";
import { type DliDdlResult, DdlResponseSchema } from "./ddlResult";
import { dliPath } from "./dliPath";
import { EmptyEnvelopeSchema, envelope } from "./envelope";
import { DLI_NAME_PATTERN, normaliseDliName } from "./normaliseDliName";
import { parseInput } from "./parseInput";
import { compact, wireNumber } from "./wireScalars";

/** Rows requested per list page (`limit`, spec/dli.md §4.3). */
export const DLI_DATABASE_PAGE_SIZE = 100;

/** Name rules of spec/dli.md §4.1; `default` is built in and cannot be created. */
export const DliDatabaseNameSchema = z.string().regex(DLI_NAME_PATTERN, {
  error: "letters, digits and _ only, not all digits, not starting with _, 1–128 characters",
});

/** A user name (spec/dli.md §4.4: `new_owner`). */
const ownerName = z.string().min(1);

export const CreateDatabaseInputSchema = z.strictObject({
  databaseName: DliDatabaseNameSchema.refine((name) => normaliseDliName(name) !== "default", {
    error: "`default` is the built-in database and cannot be created (spec/dli.md §4.1)",
  }),
  description: z.string().optional(),
  enterpriseProjectId: z.string().min(1).optional(),
  tags: z.array(z.strictObject({ key: z.string().min(1), value: z.string() })).optional(),
});
export type CreateDatabaseInput = z.input<typeof CreateDatabaseInputSchema>;

/** `POST /v1.0/{project_id}/databases` (spec/dli.md §4.1). */
export async function createDatabase(sender: OperationSender, input: CreateDatabaseInput): Promise<void> {
  const parsed = parseInput(CreateDatabaseInputSchema, input, "createDatabase");
  return sender.send({
    cloud: "huawei",
    service: "dli",
    action: "createDatabase",
    method: "POST",
    path: dliPath("v1.0", "databases"),
    body: compact({
      database_name: parsed.databaseName,
      description: parsed.description,
      enterprise_project_id: parsed.enterpriseProjectId,
      tags: parsed.tags,
    }),
    idempotent: false,
    response: EmptyEnvelopeSchema,
  });
}

export interface DeleteDatabaseOptions {
  /** Also delete every table of the database; default `false` (spec/dli.md §4.2). */
  readonly cascade?: boolean;
  /** Run as a job and return its id; default `false`. */
  readonly async?: boolean;
}

/** `DELETE /v1.0/{project_id}/databases/{database_name}?cascade=&async=` (spec/dli.md §4.2). */
export async function deleteDatabase(
  sender: OperationSender,
  databaseName: string,
  options: DeleteDatabaseOptions = {},
): Promise<DliDdlResult> {
  parseInput(DliDatabaseNameSchema, databaseName, "deleteDatabase");
  return sender.send({
    cloud: "huawei",
    service: "dli",
    action: "deleteDatabase",
    method: "DELETE",
    path: dliPath("v1.0", "databases", databaseName),
    query: compact({ cascade: options.cascade, async: options.async }),
    idempotent: true,
    response: DdlResponseSchema,
  });
}

export interface DliDatabase {
  readonly name: string;
  readonly owner?: string;
  readonly tableNumber?: number;
  readonly description?: string;
  readonly enterpriseProjectId?: string;
}

const ListDatabasesResponseSchema: z.ZodType<{ count?: number; databases: DliDatabase[] }> = envelope({
  database_count: wireNumber.optional(),
  databases: z.array(
    z.object({
      database_name: z.string(),
      owner: z.string().optional(),
      table_number: wireNumber.optional(),
      description: z.string().optional(),
      enterprise_project_id: z.string().optional(),
    }),
  ),
}).transform((wire) =>
  compact({
    count: wire.database_count,
    databases: wire.databases.map((db) =>
      compact({
        name: db.database_name,
        owner: db.owner,
        tableNumber: db.table_number,
        description: db.description,
        enterpriseProjectId: db.enterprise_project_id,
      }),
    ),
  }),
);
export { ListDatabasesResponseSchema };

export interface ListDatabasesOptions {
  /** Fuzzy: names *containing* the keyword (spec/dli.md §4.3). */
  readonly keyword?: string;
  readonly withPriv?: boolean;
  /** Tag filter, sent as `k1=v1,k2=v2` (fuzzy on the whole value, §4.3). */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * `GET /v1.0/{project_id}/databases?offset=&limit=` until every page is read (spec/dli.md §4.3).
 * Stops when `database_count` databases were collected or a page comes back short.
 */
export async function listDatabases(
  sender: OperationSender,
  options: ListDatabasesOptions = {},
): Promise<DliDatabase[]> {
  const tags =
    options.tags === undefined
      ? undefined
      : Object.entries(options.tags)
          .map(([key, value]) => `${key}=${value}`)
          .join(",");
  const databases: DliDatabase[] = [];
  for (;;) {
    const page = await sender.send({
      cloud: "huawei",
      service: "dli",
      action: "listDatabases",
      method: "GET",
      path: dliPath("v1.0", "databases"),
      query: compact({
        offset: databases.length,
        limit: DLI_DATABASE_PAGE_SIZE,
        keyword: options.keyword,
        "with-priv": options.withPriv,
        tags,
      }),
      idempotent: true,
      response: ListDatabasesResponseSchema,
    });
    databases.push(...page.databases);
    const complete = page.count !== undefined && databases.length >= page.count;
    if (complete || page.databases.length < DLI_DATABASE_PAGE_SIZE) return databases;
  }
}

/** The database named `name` (case-insensitive, spec/dli.md §4.0), or `undefined`; ignores fuzzy hits. */
export async function findDatabaseByName(sender: OperationSender, name: string): Promise<DliDatabase | undefined> {
  const wanted = normaliseDliName(name);
  const candidates = await listDatabases(sender, { keyword: wanted });
  return candidates.find((db) => normaliseDliName(db.name) === wanted);
}

/** `PUT /v1.0/{project_id}/databases/{database_name}/owner` (spec/dli.md §4.4). */
export async function updateDatabaseOwner(sender: OperationSender, databaseName: string, newOwner: string): Promise<void> {
  parseInput(DliDatabaseNameSchema, databaseName, "updateDatabaseOwner");
  parseInput(ownerName, newOwner, "updateDatabaseOwner");
  return sender.send({
    cloud: "huawei",
    service: "dli",
    action: "updateDatabaseOwner",
    method: "PUT",
    path: dliPath("v1.0", "databases", databaseName, "owner"),
    body: { new_owner: newOwner },
    idempotent: true,
    response: EmptyEnvelopeSchema,
  });
}
