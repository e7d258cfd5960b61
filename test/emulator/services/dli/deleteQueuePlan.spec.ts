import { strict as assert } from "node:assert";
import { assertDliError, DliEmulator } from "./dliEmulator";
import { planBody } from "./planFixtures";

describe("DLI deleteQueuePlan", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.queue("queue1", 64);
    await dli.ok("POST", "/queues/queue1/plans", { body: planBody() }, "v1");
  });

  it("deleteQueuePlan: deletes the plan and answers the envelope", async () => {
    const answer = await dli.call("DELETE", "/queues/queue1/plans/1", {}, "v1");
    assert.deepEqual(answer.body, { is_success: true, message: "" });
    assert.deepEqual(dli.project().queues["queue1"]!.plans, []);
  });

  it("deleteQueuePlan: answers 400 DLI.0002 The plan with id 8 does not exist.", async () => {
    const answer = await dli.call("DELETE", "/queues/queue1/plans/8", {}, "v1");
    assertDliError(answer, 400, "DLI.0002");
    assert.equal(answer.body["error_msg"], "The plan with id 8 does not exist.");
  });

  it("deleteQueuePlan: rejects a plan id that is not a number with 400 DLI.0001", async () => {
    assertDliError(await dli.call("DELETE", "/queues/queue1/plans/abc", {}, "v1"), 400, "DLI.0001");
  });

  it("deleteQueuePlan: answers 400 DLI.0002 for a missing queue", async () => {
    assertDliError(await dli.call("DELETE", "/queues/nope/plans/1", {}, "v1"), 400, "DLI.0002");
  });
});
