import { strict as assert } from "node:assert";
import { assertDliError, DLI_TEST_NOW, DliEmulator } from "./dliEmulator";
import { DAY_MS, planBody } from "./planFixtures";

describe("DLI updateQueuePlan", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.queue("queue1", 64);
    await dli.ok(
      "POST",
      "/queues/queue1/plans",
      {
        body: planBody({
          valid_date_begin: DLI_TEST_NOW,
          valid_date_end: DLI_TEST_NOW + 30 * DAY_MS,
        }),
      },
      "v1",
    );
  });

  const update = (id: string, body: Record<string, unknown>, queue = "queue1") =>
    dli.call("PUT", `/queues/${queue}/plans/${id}`, { body }, "v1");

  it("updateQueuePlan: replaces the plan and answers the queue name and plan id", async () => {
    const answer = await update(
      "1",
      planBody({
        plan_name: "plan_Ad",
        target_cu: 16,
        start_hour: 19,
        repeat_day: ["THURSDAY", "friday"],
        activate: false,
      }),
    );
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, {
      is_success: true,
      message: "",
      queue_name: "queue1",
      plan_id: 1,
    });
    const [plan] = dli.project().queues["queue1"]!.plans;
    assert.equal(plan!.planName, "plan_Ad");
    assert.deepEqual(plan!.repeatDay, ["THURSDAY", "FRIDAY"]);
    assert.equal(plan!.activate, false);
  });

  it("updateQueuePlan: removes validity bounds the new body does not send (full replacement)", async () => {
    await update("1", planBody());
    const [plan] = dli.project().queues["queue1"]!.plans;
    assert.equal(plan!.validDateBegin, undefined);
    assert.equal(plan!.validDateEnd, undefined);
  });

  it("updateQueuePlan: does not compare the plan with itself (same name and time accepted)", async () => {
    assert.equal((await update("1", planBody({ start_minute: 45 }))).status, 200);
  });

  it("updateQueuePlan: rejects a time that can never run with DLI.0999", async () => {
    const body = planBody({
      valid_date_begin: DLI_TEST_NOW,
      valid_date_end: DLI_TEST_NOW + DAY_MS,
    });
    assertDliError(await update("1", body), 400, "DLI.0999");
  });

  it("updateQueuePlan: rejects a time within 2 hours of another plan with DLI.0999", async () => {
    await dli.ok(
      "POST",
      "/queues/queue1/plans",
      { body: planBody({ plan_name: "plan_B", start_hour: 8 }) },
      "v1",
    );
    assertDliError(
      await update("2", planBody({ plan_name: "plan_B", start_hour: 21 })),
      400,
      "DLI.0999",
    );
  });

  it("updateQueuePlan: rejects an invalid body with 400 DLI.0001", async () => {
    assertDliError(await update("1", planBody({ start_hour: -1 })), 400, "DLI.0001");
  });

  it("updateQueuePlan: answers 400 DLI.0002 for a plan that does not exist", async () => {
    const answer = await update("8", planBody());
    assertDliError(answer, 400, "DLI.0002");
    assert.equal(answer.body["error_msg"], "The plan with id 8 does not exist.");
  });

  it("updateQueuePlan: answers 400 DLI.0002 for a missing queue", async () => {
    assertDliError(await update("1", planBody(), "nope"), 400, "DLI.0002");
  });
});
