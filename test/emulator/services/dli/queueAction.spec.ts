import { strict as assert } from "node:assert";
import { assertDliError, DliEmulator } from "./dliEmulator";

describe("DLI queueAction", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.queue("queue1", 64);
  });

  const act = (body: unknown, queue = "queue1") =>
    dli.call("PUT", `/queues/${queue}/action`, { body });
  const cuCount = async () => (await dli.ok("GET", "/queues/queue1"))["cuCount"];

  it("queueAction restart: restarts a SQL queue synchronously with the seed's message", async () => {
    const answer = await act({ action: "restart", force: "false" });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { is_success: true, message: "Restart success" });
  });

  it("queueAction restart: with force answers a RESTART_QUEUE job id", async () => {
    const answer = await act({ action: "restart", force: true });
    const jobId = answer.body["job_id"] as string;
    assert.match(jobId, /^[0-9a-f-]{36}$/);
    const job = await dli.ok("GET", `/jobs/${jobId}/status`);
    assert.equal(job["job_type"], "RESTART_QUEUE");
    assert.equal(job["status"], "RUNNING");
  });

  it("queueAction restart: with force shows is_restarting until the restart job finishes", async () => {
    await act({ action: "restart", force: "true" });
    const restarting = async () =>
      ((await dli.ok("GET", "/queues"))["queues"] as Array<Record<string, unknown>>)[0]![
        "is_restarting"
      ];
    assert.equal(await restarting(), true);
    dli.advance(2_000);
    assert.equal(await restarting(), false);
  });

  it("queueAction restart: refuses a general queue with 400 DLI.0007", async () => {
    await dli.queue("general1", 16, "general");
    assertDliError(await act({ action: "restart" }, "general1"), 400, "DLI.0007");
  });

  it("queueAction scale_out: answers {queue_name, result} without the is_success envelope", async () => {
    const answer = await act({ action: "scale_out", cu_count: 16 });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { queue_name: "queue1", result: true });
  });

  it("queueAction scale_out: changes cuCount only after the scaling delay", async () => {
    await act({ action: "scale_out", cu_count: 32 });
    assert.equal(await cuCount(), 64);
    dli.advance(2_000);
    assert.equal(await cuCount(), 96);
  });

  it("queueAction scale_out: shows a SCALE_QUEUE job in status SCALING meanwhile", async () => {
    await act({ action: "scale_out", cu_count: 16 });
    const [job] = Object.values(dli.project().jobs);
    const status = await dli.ok("GET", `/jobs/${job!.id}/status`);
    assert.equal(status["job_type"], "SCALE_QUEUE");
    assert.equal(status["status"], "SCALING");
    assert.equal(status["queue_name"], "queue1");
  });

  it("queueAction scale_in: lowers cuCount by cu_count after the delay", async () => {
    await act({ action: "scale_in", cu_count: 32 });
    dli.advance(2_000);
    assert.equal(await cuCount(), 32);
  });

  it("queueAction scale_in: refuses to go below 16 CUs with 400 DLI.0001", async () => {
    assertDliError(await act({ action: "scale_in", cu_count: 64 }), 400, "DLI.0001");
  });

  it("queueAction scale_out: refuses to go above the scale-out limit with 400 DLI.0001", async () => {
    assertDliError(await act({ action: "scale_out", cu_count: 512 }), 400, "DLI.0001");
  });

  it("queueAction scale_out: rejects a cu_count that is not a multiple of 16 with 400 DLI.0001", async () => {
    assertDliError(await act({ action: "scale_out", cu_count: 10 }), 400, "DLI.0001");
  });

  it("queueAction scale_out: rejects a missing cu_count with 400 DLI.0001", async () => {
    assertDliError(await act({ action: "scale_out" }), 400, "DLI.0001");
  });

  it("queueAction scale_out: refuses a second scaling while one is pending with 400 DLI.0007", async () => {
    await act({ action: "scale_out", cu_count: 16 });
    assertDliError(await act({ action: "scale_in", cu_count: 16 }), 400, "DLI.0007");
  });

  it("queueAction: rejects an unknown action with 400 DLI.0001", async () => {
    assertDliError(await act({ action: "pause" }), 400, "DLI.0001");
  });

  it("queueAction: answers 400 DLI.0002 for a missing queue", async () => {
    assertDliError(await act({ action: "scale_out", cu_count: 16 }, "nope"), 400, "DLI.0002");
  });
});
