import assert from "node:assert/strict";
import {
  DLI_DATABASE_PAGE_SIZE,
  ListDatabasesResponseSchema,
  createDatabase,
  findDatabaseByName,
  listDatabases,
  updateDatabaseOwner,
} from "../../../../provider/services/dli";
import { FakeSender, requestOf } from "../cdm/fakeSender";
import { decodeMessage } from "./decodeMessage";

function page(names: readonly string[], total: number | string | undefined): unknown {
  const body: Record<string, unknown> = {
    is_success: true,
    message: "",
    databases: names.map((name) => ({ database_name: name, owner: "tenant1", table_number: 0 })),
  };
  if (total !== undefined) body.database_count = total;
  return body;
}

function names(count: number, prefix: string): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`);
}

describe("dli database operations", () => {
  it("createDatabase posts a create that is not retried blindly", async () => {
    const sender = FakeSender.answering({ is_success: true, message: "" });
    await createDatabase(sender, { databaseName: "db1" });
    const request = requestOf(sender.sent);
    assert.equal(request.method, "POST");
    assert.equal(request.path, "/v1.0/{project_id}/databases");
    assert.equal(request.idempotent, false);
  });

  it("the list schema accepts the §4.3 example and a count printed as a string", () => {
    const answer = ListDatabasesResponseSchema.parse({
      is_success: "true",
      message: "",
      database_count: "1",
      databases: [{ database_name: "db2", description: "this is for test", owner: "tenant1", table_number: 15 }],
    });
    assert.deepEqual(answer, {
      count: 1,
      databases: [{ name: "db2", description: "this is for test", owner: "tenant1", tableNumber: 15 }],
    });
  });

  it("the list schema rejects an entry without database_name with a decoding error", () => {
    const message = decodeMessage("listDatabases", ListDatabasesResponseSchema, {
      is_success: true,
      databases: [{ owner: "x" }],
    });
    assert.match(message ?? "", /^DecodeError/);
    assert.match(message ?? "", /databases\.0\.database_name/);
  });

  it("the list schema rejects an is_success false envelope that reached decoding", () => {
    assert.match(
      decodeMessage("listDatabases", ListDatabasesResponseSchema, { is_success: false, databases: [] }) ?? "",
      /is_success/,
    );
  });

  it("listDatabases pages by offset until database_count databases are read", async () => {
    const total = DLI_DATABASE_PAGE_SIZE + 3;
    const sender = FakeSender.answering(
      page(names(DLI_DATABASE_PAGE_SIZE, "a"), total),
      page(names(3, "b"), total),
    );
    const databases = await listDatabases(sender);
    assert.equal(databases.length, total);
    assert.deepEqual(
      sender.operations.map((op) => [op.query?.offset, op.query?.limit]),
      [
        [0, DLI_DATABASE_PAGE_SIZE],
        [DLI_DATABASE_PAGE_SIZE, DLI_DATABASE_PAGE_SIZE],
      ],
    );
  });

  it("listDatabases stops on a short page when no count is returned", async () => {
    const sender = FakeSender.answering(page(names(DLI_DATABASE_PAGE_SIZE, "a"), undefined), page([], undefined));
    assert.equal((await listDatabases(sender)).length, DLI_DATABASE_PAGE_SIZE);
    assert.equal(sender.operations.length, 2);
  });

  it("findDatabaseByName filters by keyword and keeps only the exact name", async () => {
    const sender = FakeSender.answering(page(["sales_db", "sales", "sales_archive"], 3));
    const database = await findDatabaseByName(sender, "Sales");
    assert.equal(database?.name, "sales");
    assert.equal(sender.sent.query?.keyword, "sales");
  });

  it("findDatabaseByName returns undefined when the keyword only hits longer names", async () => {
    const sender = FakeSender.answering(page(["sales_db", "presales"], 2));
    assert.equal(await findDatabaseByName(sender, "sales"), undefined);
  });

  it("updateDatabaseOwner sends the new owner with an idempotent PUT", async () => {
    const sender = FakeSender.answering({ is_success: true, message: "" });
    await updateDatabaseOwner(sender, "db1", "user2");
    assert.deepEqual(requestOf(sender.sent), {
      service: "dli",
      action: "updateDatabaseOwner",
      method: "PUT",
      path: "/v1.0/{project_id}/databases/db1/owner",
      idempotent: true,
      body: { new_owner: "user2" },
    });
  });
});
