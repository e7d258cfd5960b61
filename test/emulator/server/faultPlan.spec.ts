import { strict as assert } from "node:assert";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import { FaultPlan } from "../../../emulator/server/faultPlan";
import { PersistedStateSchema } from "../../../emulator/server/stateFile";
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

    it("applies a probabilistic rule to a call only when the draw falls below the probability", async () => {
      emulator.setFault({ kind: "error", action: "GetFile", status: 503, probability: 0.3 });
      runtime.randomValue = 0.2;
      const hit = await callAlibaba(emulator, "GetFile", { FileId: "1" });
      runtime.randomValue = 0.7;
      const miss = await callAlibaba(emulator, "GetFile", { FileId: "1" });
      assert.deepEqual([hit.status, miss.status], [503, 404]);
    });

    it("answers an injected Huawei 429 as the API gateway does: APIG.0308 in its own shape", async () => {
      emulator.setFault({ kind: "error", action: "showCluster", status: 429, count: 1 });
      const answer = await callHuawei(emulator, "GET", `/v1.1/${PROJECT}/clusters/c1`);
      // spec/cdm.md §1.9: the gateway, not CDM, writes throttling answers.
      assert.deepEqual([answer.status, answer.body["error_code"]], [429, "APIG.0308"]);
    });

    it("adds latency to a Huawei route", async () => {
      emulator.setFault({ kind: "latency", action: "showCluster", latencyMs: 750, count: 1 });
      await callHuawei(emulator, "GET", `/v1.1/${PROJECT}/clusters/c1`);
      assert.deepEqual(runtime.delays.filter((ms) => ms === 750), [750]);
    });

    it("resets a Huawei create before its handler runs, leaving no cluster behind", async () => {
      emulator.setFault({ kind: "resetBefore", action: "createCluster", count: 1 });
      await assert.rejects(
        callHuawei(emulator, "POST", `/v1.1/${PROJECT}/clusters`, { body: { cluster: { name: "never" } } }),
        TypeError,
      );
      assert.deepEqual((emulator.state()["cdm"] as { clusters: Record<string, unknown> }).clusters, {});
    });

    it("rejects a fault rule with an unknown field instead of ignoring it", () => {
      assert.throws(() => emulator.setFault({ kind: "error", action: "GetFile", statusCode: 500 } as never));
    });

    it("stops injecting once the faults are cleared", async () => {
      emulator.setFault({ kind: "error", action: "GetFile", status: 500 });
      await control(emulator, "DELETE", "/faults");
      assert.equal((await callAlibaba(emulator, "GetFile", { FileId: "1" })).status, 404);
    });
  });

  describe("with a state file", () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), "emulator-faults-"));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("writes the committed change to the state file before a resetAfter fault drops the connection", async () => {
      const stateFile = join(dir, "state.json");
      // A one-minute debounce: only the fault's own flush can have written the file in time.
      const emulator = await startEmulator({ services: FAKE_SERVICES, throttle: false, stateFile, persistDebounceMs: 60_000 });
      try {
        emulator.setFault({ kind: "resetAfter", action: "CreateFile", count: 1 });
        await assert.rejects(callAlibaba(emulator, "CreateFile", { FileName: "on-disk" }), TypeError);
        const saved = PersistedStateSchema.parse(JSON.parse(readFileSync(stateFile, "utf8")));
        assert.deepEqual(
          Object.values((saved.services["dataworks"] as FakeDataWorksState).files).map((f) => f.name),
          ["on-disk"],
        );
      } finally {
        await emulator.close();
      }
    });
  });
});
