import { strict as assert } from "node:assert";
import { assertDliError, DLI_TEST_NOW, DliEmulator } from "./dliEmulator";
import { DAY_MS, HOUR_MS, planBody } from "./planFixtures";

// DLI_TEST_NOW is Friday 2025-03-14 07:00 UTC; plan times are evaluated in UTC (spec/dli.md §9 item 19).
describe("DLI createQueuePlan", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.queue("queue1", 64);
  });

  const create = (body: Record<string, unknown>, queue = "queue1") =>
    dli.call("POST", `/queues/${queue}/plans`, { body }, "v1");

  it("createQueuePlan: stores the plan and answers the envelope without an id", async () => {
    const answer = await create(planBody());
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { is_success: true, message: "" });
    const [plan] = dli.project().queues["queue1"]!.plans;
    assert.equal(plan?.id, 1);
    assert.equal(plan?.planName, "plan_A");
  });

  it("createQueuePlan: upper-cases day names and drops duplicates", async () => {
    await create(planBody({ repeat_day: ["THURSDAY", "friday", "FRIDAY"] }));
    assert.deepEqual(dli.project().queues["queue1"]!.plans[0]!.repeatDay, ["THURSDAY", "FRIDAY"]);
  });

  it("createQueuePlan: defaults activate to true and accepts it as a string", async () => {
    const { activate: _omit, ...rest } = planBody();
    await create(rest);
    await create(planBody({ plan_name: "plan_B", start_hour: 8, activate: "false" }));
    assert.deepEqual(
      dli.project().queues["queue1"]!.plans.map((plan) => plan.activate),
      [true, false],
    );
  });

  it("createQueuePlan: accepts a plan with an empty repeat_day that runs once at the next start time", async () => {
    assert.equal((await create(planBody({ repeat_day: [] }))).status, 200);
  });

  it("createQueuePlan: rejects a plan_name starting with _ with 400 DLI.0001", async () => {
    assertDliError(await create(planBody({ plan_name: "_plan" })), 400, "DLI.0001");
  });

  it("createQueuePlan: rejects an all-digit plan_name with 400 DLI.0001", async () => {
    assertDliError(await create(planBody({ plan_name: "123" })), 400, "DLI.0001");
  });

  it("createQueuePlan: rejects a duplicate plan_name in the queue with 400 DLI.0006", async () => {
    await create(planBody());
    assertDliError(await create(planBody({ start_hour: 8 })), 400, "DLI.0006");
  });

  it("createQueuePlan: rejects a target_cu that is not a multiple of 16 with 400 DLI.0001", async () => {
    assertDliError(await create(planBody({ target_cu: 40 })), 400, "DLI.0001");
  });

  it("createQueuePlan: rejects a target_cu of 0 with 400 DLI.0001", async () => {
    assertDliError(await create(planBody({ target_cu: 0 })), 400, "DLI.0001");
  });

  it("createQueuePlan: rejects a target_cu above the queue's scale-out limit with 400 DLI.0001", async () => {
    assertDliError(await create(planBody({ target_cu: 528 })), 400, "DLI.0001");
  });

  it("createQueuePlan: rejects start_hour 24 with 400 DLI.0001", async () => {
    assertDliError(await create(planBody({ start_hour: 24 })), 400, "DLI.0001");
  });

  it("createQueuePlan: rejects start_minute 60 with 400 DLI.0001", async () => {
    assertDliError(await create(planBody({ start_minute: 60 })), 400, "DLI.0001");
  });

  it("createQueuePlan: rejects an unknown day name with 400 DLI.0001", async () => {
    assertDliError(await create(planBody({ repeat_day: ["FUNDAY"] })), 400, "DLI.0001");
  });

  it("createQueuePlan: rejects a body without repeat_day with 400 DLI.0001", async () => {
    const { repeat_day: _omit, ...rest } = planBody();
    assertDliError(await create(rest), 400, "DLI.0001");
  });

  it("createQueuePlan: rejects valid_date_end before valid_date_begin with the seed's DLI.0999", async () => {
    const answer = await create(
      planBody({
        valid_date_begin: DLI_TEST_NOW + 2 * DAY_MS,
        valid_date_end: DLI_TEST_NOW + DAY_MS,
      }),
    );
    assertDliError(answer, 400, "DLI.0999");
    assert.equal(
      answer.body["error_msg"],
      "Queue plans create failed. The plan plan_A can not generate a scale plan, please check all time settings for the plan.",
    );
  });

  it("createQueuePlan: rejects a validity window that contains none of the listed days with DLI.0999", async () => {
    // Friday 07:00 to Saturday 07:00 contains no Monday.
    const body = planBody({
      valid_date_begin: DLI_TEST_NOW,
      valid_date_end: DLI_TEST_NOW + DAY_MS,
    });
    assertDliError(await create(body), 400, "DLI.0999");
  });

  it("createQueuePlan: rejects a validity window that has already ended with DLI.0999 (the seed's own dates)", async () => {
    const body = planBody({ valid_date_begin: 1590949800000, valid_date_end: 1591727400000 });
    assertDliError(await create(body), 400, "DLI.0999");
  });

  it("createQueuePlan: rejects a one-off plan whose next start falls after valid_date_end with DLI.0999", async () => {
    // Next 06:00 after Friday 07:00 is Saturday 06:00; the window ends Friday 12:00.
    const body = planBody({
      repeat_day: [],
      start_hour: 6,
      start_minute: 0,
      valid_date_end: DLI_TEST_NOW + 5 * HOUR_MS,
    });
    assertDliError(await create(body), 400, "DLI.0999");
  });

  it("createQueuePlan: accepts a validity window that contains a listed day", async () => {
    const body = planBody({
      valid_date_begin: DLI_TEST_NOW,
      valid_date_end: DLI_TEST_NOW + 7 * DAY_MS,
    });
    assert.equal((await create(body)).status, 200);
  });

  it("createQueuePlan: rejects a plan less than 2 hours from another plan on a common day with DLI.0999", async () => {
    await create(planBody());
    const answer = await create(
      planBody({
        plan_name: "plan_B",
        start_hour: 21,
        start_minute: 30,
        repeat_day: ["MONDAY", "TUESDAY"],
      }),
    );
    assertDliError(answer, 400, "DLI.0999");
  });

  it("createQueuePlan: checks the 2-hour interval across midnight into the next day", async () => {
    await create(planBody({ repeat_day: ["SUNDAY"], start_hour: 23, start_minute: 0 }));
    const answer = await create(
      planBody({ plan_name: "plan_B", repeat_day: ["MONDAY"], start_hour: 0, start_minute: 30 }),
    );
    assertDliError(answer, 400, "DLI.0999");
  });

  it("createQueuePlan: accepts plans exactly 2 hours apart", async () => {
    await create(planBody());
    assert.equal(
      (await create(planBody({ plan_name: "plan_B", start_hour: 22, start_minute: 30 }))).status,
      200,
    );
  });

  it("createQueuePlan: counts inactive plans in the interval check", async () => {
    await create(planBody({ activate: false }));
    assertDliError(
      await create(planBody({ plan_name: "plan_B", start_hour: 21 })),
      400,
      "DLI.0999",
    );
  });

  it("createQueuePlan: rejects a 13th plan on one queue with 400 DLI.1028", async () => {
    for (let i = 0; i < 12; i += 1) {
      const day = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"][i % 6];
      await dli.ok(
        "POST",
        "/queues/queue1/plans",
        { body: planBody({ plan_name: `p${i}`, repeat_day: [day], start_hour: i < 6 ? 4 : 16 }) },
        "v1",
      );
    }
    assertDliError(
      await create(planBody({ plan_name: "p12", repeat_day: ["SUNDAY"] })),
      400,
      "DLI.1028",
    );
  });

  it("createQueuePlan: answers 400 DLI.0002 for a missing queue", async () => {
    assertDliError(await create(planBody(), "nope"), 400, "DLI.0002");
  });

  describe("with the interval rule switched off", () => {
    let relaxed: DliEmulator;
    before(async () => {
      relaxed = await DliEmulator.start({ dliPlanIntervalRule: false });
    });
    after(() => relaxed.close());

    it("createQueuePlan: accepts plans closer than 2 hours when dliPlanIntervalRule is false", async () => {
      await relaxed.queue("queue1", 64);
      await relaxed.ok("POST", "/queues/queue1/plans", { body: planBody() }, "v1");
      const answer = await relaxed.call(
        "POST",
        "/queues/queue1/plans",
        { body: planBody({ plan_name: "plan_B", start_hour: 21 }) },
        "v1",
      );
      assert.equal(answer.status, 200);
    });
  });
});
