import assert from "node:assert/strict";
import {
  ListQueuePlansResponseSchema,
  UpdateQueuePlanResponseSchema,
  batchDeleteQueuePlans,
  createQueuePlan,
  findQueuePlanByName,
  listQueuePlans,
  updateQueuePlan,
} from "../../../../provider/services/dli";
import { FakeSender, requestOf } from "../cdm/fakeSender";
import { decodeMessage } from "./decodeMessage";

/** spec/dli.md §3.1 request example, as a typed input. */
const PLAN_A = {
  planName: "plan_A",
  targetCu: 64,
  startHour: 20,
  startMinute: 30,
  repeatDay: ["MONDAY", "TUESDAY", "WEDNESDAY", "SUNDAY"],
  validDateBegin: 1590949800000,
  validDateEnd: 1591727400000,
  activate: true,
};

function wirePlan(id: number | string, name: string): Record<string, unknown> {
  return { id, plan_name: name, target_cu: 32, start_hour: 11, start_minute: 15, repeat_day: ["MONDAY"] };
}

describe("dli scaling plan operations", () => {
  it("createQueuePlan posts the §3.1 body under /v1", async () => {
    const sender = FakeSender.answering({ is_success: true, message: "" });
    await createQueuePlan(sender, "q1", PLAN_A);
    assert.deepEqual(requestOf(sender.sent), {
      service: "dli",
      action: "createQueuePlan",
      method: "POST",
      path: "/v1/{project_id}/queues/q1/plans",
      idempotent: false,
      body: {
        plan_name: "plan_A",
        target_cu: 64,
        start_hour: 20,
        start_minute: 30,
        repeat_day: ["MONDAY", "TUESDAY", "WEDNESDAY", "SUNDAY"],
        valid_date_begin: 1590949800000,
        valid_date_end: 1591727400000,
        activate: true,
      },
    });
  });

  it("createQueuePlan refuses a validity window that ends before it begins", async () => {
    const sender = FakeSender.answering();
    await assert.rejects(
      createQueuePlan(sender, "q1", { ...PLAN_A, validDateEnd: PLAN_A.validDateBegin - 1 }),
      /validDateEnd/,
    );
    assert.equal(sender.operations.length, 0);
  });

  it("the list schema reads lower-case days, string ids and a missing activate as true", () => {
    const [plan] = ListQueuePlansResponseSchema.parse({
      is_success: true,
      plans: [{ ...wirePlan("7", "p"), repeat_day: ["friday"] }],
    });
    assert.deepEqual(plan, {
      id: 7,
      planName: "p",
      targetCu: 32,
      startHour: 11,
      startMinute: 15,
      repeatDay: ["FRIDAY"],
      activate: true,
    });
  });

  it("the list schema rejects an unknown weekday with a decoding error naming the path", () => {
    const message = decodeMessage("listQueuePlans", ListQueuePlansResponseSchema, {
      plans: [{ ...wirePlan(1, "p"), repeat_day: ["FUNDAY"] }],
    });
    assert.match(message ?? "", /^DecodeError.*plans\.0\.repeat_day\.0/);
  });

  it("listQueuePlans reads every plan of the queue in one call (the API has no paging)", async () => {
    const sender = FakeSender.answering({ is_success: true, plans: [wirePlan(1, "a"), wirePlan(6, "b")] });
    assert.equal((await listQueuePlans(sender, "q1")).length, 2);
    assert.equal(sender.sent.path, "/v1/{project_id}/queues/q1/plans");
  });

  it("findQueuePlanByName matches case-sensitively and picks the newest of duplicates", async () => {
    const sender = FakeSender.answering({
      is_success: true,
      plans: [wirePlan(1, "nightly"), wirePlan(9, "nightly"), wirePlan(4, "Nightly"), wirePlan(3, "nightly_2")],
    });
    const plan = await findQueuePlanByName(sender, "q1", "nightly");
    assert.equal(plan?.id, 9);
  });

  it("findQueuePlanByName returns undefined when only similar names exist", async () => {
    const sender = FakeSender.answering({ is_success: true, plans: [wirePlan(3, "nightly_2")] });
    assert.equal(await findQueuePlanByName(sender, "q1", "nightly"), undefined);
  });

  it("batchDeleteQueuePlans posts the ids and may be replayed", async () => {
    const sender = FakeSender.answering({ is_success: true, message: "" });
    await batchDeleteQueuePlans(sender, "q1", [1, 6]);
    assert.deepEqual(requestOf(sender.sent), {
      service: "dli",
      action: "batchDeleteQueuePlans",
      method: "POST",
      path: "/v1/{project_id}/queues/q1/plans/batch-delete",
      idempotent: true,
      body: { plan_ids: [1, 6] },
    });
  });

  it("updateQueuePlan reads plan_id printed as a number although typed String", async () => {
    const sender = FakeSender.answering({ is_success: true, message: "", queue_name: "q1", plan_id: 6 });
    assert.deepEqual(await updateQueuePlan(sender, "q1", 6, PLAN_A), { queueName: "q1", planId: 6 });
    assert.equal(sender.sent.method, "PUT");
    assert.equal(sender.sent.path, "/v1/{project_id}/queues/q1/plans/6");
  });

  it("the update schema rejects a plan_id that is not numeric", () => {
    assert.match(
      decodeMessage("updateQueuePlan", UpdateQueuePlanResponseSchema, { plan_id: "six" }) ?? "",
      /plan_id/,
    );
  });
});
