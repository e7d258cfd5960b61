import { strict as assert } from "node:assert";
import { assertDliError, DliEmulator } from "./dliEmulator";

describe("DLI deleteQueue", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.queue("queue1", 64);
  });

  it("deleteQueue: deletes the queue and answers the envelope", async () => {
    const answer = await dli.call("DELETE", "/queues/queue1");
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { is_success: true, message: "" });
    assertDliError(await dli.call("GET", "/queues/queue1"), 400, "DLI.0002");
  });

  it("deleteQueue: deletes the queue's scaling plans with it", async () => {
    const plan = {
      plan_name: "p",
      target_cu: 16,
      start_hour: 20,
      start_minute: 0,
      repeat_day: ["MONDAY"],
    };
    await dli.ok("POST", "/queues/queue1/plans", { body: plan }, "v1");
    await dli.ok("DELETE", "/queues/queue1");
    await dli.queue("queue1", 64);
    const plans = await dli.ok("GET", "/queues/queue1/plans", {}, "v1");
    assert.deepEqual(plans["plans"], []);
  });

  it("deleteQueue: refuses a queue that is scaling with 400 DLI.0007", async () => {
    await dli.ok("PUT", "/queues/queue1/action", { body: { action: "scale_out", cu_count: 16 } });
    assertDliError(await dli.call("DELETE", "/queues/queue1"), 400, "DLI.0007");
  });

  it("deleteQueue: deletes the queue once its scaling has finished", async () => {
    await dli.ok("PUT", "/queues/queue1/action", { body: { action: "scale_out", cu_count: 16 } });
    dli.advance(2_000);
    assert.equal((await dli.call("DELETE", "/queues/queue1")).status, 200);
  });

  it("deleteQueue: answers 400 DLI.0002 for a missing queue", async () => {
    assertDliError(await dli.call("DELETE", "/queues/nope"), 400, "DLI.0002");
  });
});
