import { strict as assert } from "node:assert";
import { assertDliError, DLI_TEST_NOW, DliEmulator } from "./dliEmulator";

describe("DLI createQueue", () => {
  const dli = DliEmulator.forEachTestOfSuite();

  const create = (body: Record<string, unknown>) => dli.call("POST", "/queues", { body });
  const seedExample = {
    queue_name: "queue1",
    description: "test",
    cu_count: 16,
    resource_mode: 1,
    queue_type: "sql",
  };

  it("createQueue: answers the seed's envelope with the queue name", async () => {
    const answer = await create(seedExample);
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { is_success: true, message: "", queue_name: "queue1" });
  });

  it("createQueue: lower-cases the name, as the service does", async () => {
    const answer = await create({ ...seedExample, queue_name: "MyQueue" });
    assert.equal(answer.body["queue_name"], "myqueue");
    assert.ok(dli.project().queues["myqueue"]);
  });

  it("createQueue: keeps the queue invisible until creation completes", async () => {
    await create(seedExample);
    assertDliError(await dli.call("GET", "/queues/queue1"), 400, "DLI.0002");
    dli.advance(10_000);
    assert.equal((await dli.call("GET", "/queues/queue1")).status, 200);
  });

  it("createQueue: records the owner, creation time and CU spec", async () => {
    await create({ ...seedExample, cu_count: 64 });
    const queue = dli.project().queues["queue1"]!;
    assert.equal(queue.owner, "test");
    assert.equal(queue.createdAt, DLI_TEST_NOW);
    assert.equal(queue.cuSpec, 64);
    assert.equal(queue.queueType, "sql");
  });

  it("createQueue: defaults queue_type to sql", async () => {
    await create({ queue_name: "q", cu_count: 16 });
    assert.equal(dli.project().queues["q"]!.queueType, "sql");
  });

  it("createQueue: rejects a duplicate name (case-insensitive) with 400 DLI.0006", async () => {
    await create(seedExample);
    assertDliError(await create({ ...seedExample, queue_name: "QUEUE1" }), 400, "DLI.0006");
  });

  it("createQueue: rejects a duplicate while the first queue is still being created", async () => {
    await create(seedExample);
    assertDliError(await create(seedExample), 400, "DLI.0006");
  });

  it("createQueue: rejects an all-digit name with 400 DLI.0001", async () => {
    assertDliError(await create({ ...seedExample, queue_name: "12345" }), 400, "DLI.0001");
  });

  it("createQueue: rejects a name starting with _ with 400 DLI.0001", async () => {
    assertDliError(await create({ ...seedExample, queue_name: "_queue" }), 400, "DLI.0001");
  });

  it("createQueue: rejects a name longer than 128 characters with 400 DLI.0001", async () => {
    assertDliError(await create({ ...seedExample, queue_name: "q".repeat(129) }), 400, "DLI.0001");
  });

  it("createQueue: rejects a cu_count other than 16, 64 or 256 with 400 DLI.0001", async () => {
    assertDliError(await create({ ...seedExample, cu_count: 32 }), 400, "DLI.0001");
  });

  it("createQueue: rejects queue_type all (a list filter only) with 400 DLI.0001", async () => {
    assertDliError(await create({ ...seedExample, queue_type: "all" }), 400, "DLI.0001");
  });

  it("createQueue: rejects a label other than multi_az=2 with 400 DLI.0001", async () => {
    assertDliError(await create({ ...seedExample, labels: ["multi_az=3"] }), 400, "DLI.0001");
  });

  it("createQueue: rejects charging_mode other than 1 with 400 DLI.0001", async () => {
    assertDliError(await create({ ...seedExample, charging_mode: 2 }), 400, "DLI.0001");
  });

  it("createQueue: logs the call with its status and the caller", async () => {
    await create(seedExample);
    const [entry] = dli.requests("createQueue");
    assert.equal(entry?.status, 200);
    assert.equal(entry?.caller, "HWLOCALDATAPLATFORM");
  });
});
