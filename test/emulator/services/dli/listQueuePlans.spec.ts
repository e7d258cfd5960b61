import { strict as assert } from "node:assert";
import { assertDliError, DLI_TEST_NOW, DliEmulator } from "./dliEmulator";
import { DAY_MS, planBody } from "./planFixtures";

describe("DLI listQueuePlans", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.queue("queue1", 64);
  });

  const create = (body: Record<string, unknown>, queue = "queue1") =>
    dli.ok("POST", `/queues/${queue}/plans`, { body }, "v1");

  it("listQueuePlans: lists the queue's plans ordered by id with their fields", async () => {
    await create(planBody());
    await create(
      planBody({
        plan_name: "plan_B",
        start_hour: 8,
        target_cu: 16,
        repeat_day: ["SUNDAY", "MONDAY"],
      }),
    );
    const body = await dli.ok("GET", "/queues/queue1/plans", {}, "v1");
    assert.equal(body["is_success"], true);
    assert.deepEqual(body["plans"][1], {
      id: 2,
      plan_name: "plan_B",
      target_cu: 16,
      start_hour: 8,
      start_minute: 30,
      repeat_day: ["SUNDAY", "MONDAY"],
      activate: true,
    });
  });

  it("listQueuePlans: omits unset validity bounds and includes set ones", async () => {
    await create(
      planBody({ valid_date_begin: DLI_TEST_NOW, valid_date_end: DLI_TEST_NOW + 30 * DAY_MS }),
    );
    const [plan] = (await dli.ok("GET", "/queues/queue1/plans", {}, "v1"))["plans"];
    assert.equal(plan["valid_date_begin"], DLI_TEST_NOW);
    assert.equal(plan["valid_date_end"], DLI_TEST_NOW + 30 * DAY_MS);
    assert.equal("last_execute_time" in plan, false);
  });

  it("listQueuePlans: numbers plans per project, never reusing a deleted id", async () => {
    await create(planBody());
    await dli.ok("DELETE", "/queues/queue1/plans/1", {}, "v1");
    await dli.queue("queue2", 64);
    await create(planBody(), "queue2");
    const [plan] = (await dli.ok("GET", "/queues/queue2/plans", {}, "v1"))["plans"];
    assert.equal(plan["id"], 2);
  });

  it("listQueuePlans: answers 400 DLI.0008 There is no queue named … for a missing queue", async () => {
    const answer = await dli.call("GET", "/queues/queue9/plans", {}, "v1");
    assertDliError(answer, 400, "DLI.0008");
    assert.equal(answer.body["error_msg"], "There is no queue named queue9.");
  });
});
