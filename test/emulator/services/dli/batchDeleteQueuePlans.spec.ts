import { strict as assert } from "node:assert";
import { assertDliError, DliEmulator } from "./dliEmulator";
import { planBody } from "./planFixtures";

describe("DLI batchDeleteQueuePlans", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.queue("queue1", 64);
    for (const [name, hour] of [
      ["p1", 2],
      ["p2", 8],
      ["p3", 14],
    ] as const) {
      await dli.ok(
        "POST",
        "/queues/queue1/plans",
        { body: planBody({ plan_name: name, start_hour: hour }) },
        "v1",
      );
    }
  });

  const batch = (body: unknown, queue = "queue1") =>
    dli.call("POST", `/queues/${queue}/plans/batch-delete`, { body }, "v1");

  it("batchDeleteQueuePlans: deletes the listed plans and answers the envelope", async () => {
    const answer = await batch({ plan_ids: [1, 3] });
    assert.deepEqual(answer.body, { is_success: true, message: "" });
    assert.deepEqual(
      dli.project().queues["queue1"]!.plans.map((plan) => plan.id),
      [2],
    );
  });

  it("batchDeleteQueuePlans: deletes nothing when an id is missing and names the missing ids", async () => {
    const answer = await batch({ plan_ids: [1, 8, 9] });
    assertDliError(answer, 400, "DLI.0002");
    assert.equal(answer.body["error_msg"], "The plans with id 8, 9 do not exist.");
    assert.equal(dli.project().queues["queue1"]!.plans.length, 3);
  });

  it("batchDeleteQueuePlans: rejects an empty plan_ids with 400 DLI.0001", async () => {
    assertDliError(await batch({ plan_ids: [] }), 400, "DLI.0001");
  });

  it("batchDeleteQueuePlans: is routed as a batch delete, not as an update of plan batch-delete", async () => {
    await batch({ plan_ids: [2] });
    assert.equal(dli.requests("batchDeleteQueuePlans").length, 1);
  });

  it("batchDeleteQueuePlans: answers 400 DLI.0002 for a missing queue", async () => {
    assertDliError(await batch({ plan_ids: [1] }, "nope"), 400, "DLI.0002");
  });
});
