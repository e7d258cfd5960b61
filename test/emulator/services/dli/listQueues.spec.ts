import { strict as assert } from "node:assert";
import { assertDliError, DliEmulator } from "./dliEmulator";

type Item = Record<string, unknown>;

describe("DLI listQueues", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.queue("sql_small", 16, "sql");
    await dli.queue("sql_big", 256, "sql");
    await dli.queue("general1", 64, "general");
  });

  const names = async (query: Record<string, string> = {}) =>
    ((await dli.ok("GET", "/queues", { query }))["queues"] as Item[]).map(
      (queue) => queue["queue_name"],
    );

  it("listQueues: lists only SQL queues by default, ordered by name", async () => {
    assert.deepEqual(await names(), ["sql_big", "sql_small"]);
  });

  it("listQueues: lists every type with queue_type=all", async () => {
    assert.deepEqual(await names({ queue_type: "all" }), ["general1", "sql_big", "sql_small"]);
  });

  it("listQueues: lists general queues with queue_type=general", async () => {
    assert.deepEqual(await names({ queue_type: "general" }), ["general1"]);
  });

  it("listQueues: answers snake_case entries with platform, labels as a string and is_restarting", async () => {
    await dli.ok("POST", "/queues", {
      body: { queue_name: "az", cu_count: 16, labels: ["multi_az=2"] },
    });
    dli.advance(10_000);
    const [queue] = ((await dli.ok("GET", "/queues"))["queues"] as Item[]).filter(
      (q) => q["queue_name"] === "az",
    );
    assert.equal(queue!["queue_type"], "sql");
    assert.equal(queue!["cu_count"], 16);
    assert.equal(queue!["platform"], "x86_64");
    assert.equal(queue!["labels"], "multi_az=2");
    assert.equal(queue!["is_restarting"], false);
    assert.equal(queue!["queueName"], undefined);
    assert.equal(typeof queue!["cidr_in_mgntsubnet"], "string");
  });

  it("listQueues: orders by CU count with order=cu_desc", async () => {
    assert.deepEqual(await names({ queue_type: "all", order: "cu_desc" }), [
      "sql_big",
      "general1",
      "sql_small",
    ]);
  });

  it("listQueues: pages with page-size and current-page", async () => {
    assert.deepEqual(await names({ queue_type: "all", "page-size": "2", "current-page": "2" }), [
      "sql_small",
    ]);
  });

  it("listQueues: omits a queue that is still being created", async () => {
    await dli.ok("POST", "/queues", { body: { queue_name: "young", cu_count: 16 } });
    assert.equal((await names()).includes("young"), false);
  });

  it("listQueues: rejects an unknown queue_type with 400 DLI.0001", async () => {
    assertDliError(
      await dli.call("GET", "/queues", { query: { queue_type: "spark" } }),
      400,
      "DLI.0001",
    );
  });
});
