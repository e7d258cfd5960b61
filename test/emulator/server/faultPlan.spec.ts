import { strict as assert } from "node:assert";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import { FaultPlan } from "../../../emulator/server/faultPlan";
import { FAKE_SERVICES, type FakeDataWorksState } from "../helpers/fakeServices";
import { FrozenRuntime } from "../helpers/frozenRuntime";
import { callAlibaba, callHuawei, control, PROJECT } from "../helpers/clients";

describe("emulator faults", () => {
  describe("FaultPlan", () => {
    it("applies a counted rule to the next N matching calls only", () => {
      const plan = new FaultPlan();
      plan.add([{ kind: "resetBefore", action: "CreateFile", count: 2 }]);
      const hits = [1, 2, 3].map(() => plan.resolve("dataworks", "CreateFile", () => 0).resetBefore);
      assert.deepEqual(hits, [true, true, false]);
    });

    it("skips calls of other actions and services", () => {
      const plan = new FaultPlan();
      plan.add([{ kind: "resetBefore", action: "CreateFile", service: "dataworks" }]);
      assert.equal(plan.resolve("dataworks", "GetFile", () => 0).resetBefore, false);
      assert.equal(plan.resolve("cdm", "CreateFile", () => 0).resetBefore, false);
    });

    it("applies a probabilistic rule when the draw is below the probability", () => {
      const plan = new FaultPlan();
      plan.add([{ kind: "resetBefore", probability: 0.25 }]);
      assert.deepEqual(
        [0.1, 0.3].map((draw) => plan.resolve("dli", "listQueues", () => draw).resetBefore),
        [true, false],
      );
    });
  });

  describe("over HTTP", () => {
    let emulator: RunningEmulator;
    let runtime: FrozenRuntime;
    beforeEach(async () => {
      runtime = new FrozenRuntime();
      emulator = await startEmulator({ services: FAKE_SERVICES, runtime, throttle: false });
    });
    afterEach(() => emulator.close());
    const files = () => (emulator.state()["dataworks"] as FakeDataWorksState).files;

    it("answers an injected throttling error in Alibaba's shape, once", async () => {
      emulator.setFault({ kind: "error", action: "CreateFile", status: 429, code: "Throttling.Api", count: 1 });
      const first = await callAlibaba(emulator, "CreateFile", { FileName: "a" });
      const second = await callAlibaba(emulator, "CreateFile", { FileName: "a" });
      assert.equal(first.status, 429);
      assert.equal(first.body["Code"], "Throttling.Api");
      assert.equal(first.body["Message"], "The request for this resource has exceeded your available limit.");
      assert.equal(second.status, 200);
      assert.equal(Object.keys(files()).length, 1);
    });

    it("answers an injected 503 in the Huawei service's shape", async () => {
      await control(emulator, "POST", "/faults", { kind: "error", action: "createCluster", status: 503, code: "Cdm.0000" });
      const answer = await callHuawei(emulator, "POST", `/v1.1/${PROJECT}/clusters`, { body: { cluster: { name: "c" } } });
      assert.equal(answer.status, 503);
      assert.equal(answer.body["errCode"], "Cdm.0000");
    });

    it("defaults an injected error to 500 with the cloud's internal-error code", async () => {
      emulator.setFault({ kind: "error", action: "GetFile" });
      const answer = await callAlibaba(emulator, "GetFile", { FileId: "1" });
      assert.deepEqual([answer.status, answer.body["Code"]], [500, "InternalError.System"]);
    });

    it("adds latency before the handler and records it in the request log", async () => {
      emulator.setFault({ kind: "latency", action: "GetFile", latencyMs: 1_500, count: 1 });
      const answer = await callAlibaba(emulator, "GetFile", { FileId: "1" });
      assert.equal(answer.status, 404);
      assert.deepEqual(runtime.delays.filter((ms) => ms === 1_500), [1_500]);
      assert.deepEqual(emulator.requests({ action: "GetFile" })[0]?.faults, ["latency:1500"]);
    });

    it("resets the connection before the handler runs, leaving the state unchanged", async () => {
      emulator.setFault({ kind: "resetBefore", action: "CreateFile", count: 1 });
      await assert.rejects(callAlibaba(emulator, "CreateFile", { FileName: "lost" }), TypeError);
      assert.deepEqual(files(), {});
      assert.equal(emulator.requests({ action: "CreateFile" })[0]?.status, 0);
    });

    it("resets the connection after the handler committed, keeping the state change", async () => {
      emulator.setFault({ kind: "resetAfter", action: "CreateFile", count: 1 });
      await assert.rejects(callAlibaba(emulator, "CreateFile", { FileName: "kept" }), TypeError);
      assert.deepEqual(Object.values(files()), [{ name: "kept", content: "" }]);
      const entry = emulator.requests({ action: "CreateFile" })[0];
      assert.deepEqual([entry?.status, entry?.faults], [200, ["resetAfter"]]);
    });

    it("resets a Huawei create after it committed", async () => {
      emulator.setFault({ kind: "resetAfter", action: "createCluster" });
      await assert.rejects(
        callHuawei(emulator, "POST", `/v1.1/${PROJECT}/clusters`, { body: { cluster: { name: "ghost" } } }),
        TypeError,
      );
      const clusters = (emulator.state()["cdm"] as { clusters: Record<string, { name: string }> }).clusters;
      assert.deepEqual(Object.values(clusters).map((c) => c.name), ["ghost"]);
    });

    it("stops injecting once the faults are cleared", async () => {
      emulator.setFault({ kind: "error", action: "GetFile", status: 500 });
      await control(emulator, "DELETE", "/faults");
      assert.equal((await callAlibaba(emulator, "GetFile", { FileId: "1" })).status, 404);
    });
  });
});
