import { strict as assert } from "node:assert";
import { startEmulator, type RunningEmulator } from "../../../../emulator";
import { callHuawei, PROJECT } from "../../helpers/clients";
import { FrozenRuntime } from "../../helpers/frozenRuntime";
import { clusterBody } from "./cdmFixtures";

describe("CDM rate limits", () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ throttle: true, runtime: new FrozenRuntime() });
  });
  after(() => emulator.close());
  beforeEach(() => emulator.reset());

  const create = (name: string) =>
    callHuawei(emulator, "POST", `/v1.1/${PROJECT}/clusters`, { body: clusterBody(name) });

  it("createCluster: answers the sixth create within a minute with 429 APIG.0308 (spec/cdm.md §1.9)", async () => {
    for (let i = 0; i < 5; i += 1) assert.equal((await create(`c${i}`)).status, 202);
    const answer = await create("c5");
    assert.equal(answer.status, 429);
    assert.equal(answer.body["error_code"], "APIG.0308");
    assert.equal(Object.keys((emulator.state()["cdm"] as { clusters: object }).clusters).length, 5);
  });

  it("createCluster: accepts creates again once the minute has passed", async () => {
    for (let i = 0; i < 5; i += 1) await create(`c${i}`);
    emulator.advanceClock(60_000);
    assert.equal((await create("c5")).status, 202);
  });

  it("createCluster: logs the throttled call with its error code", async () => {
    for (let i = 0; i < 6; i += 1) await create(`c${i}`);
    const entries = emulator.requests({ service: "cdm", action: "createCluster" });
    assert.deepEqual(
      entries.map((entry) => entry.status),
      [202, 202, 202, 202, 202, 429],
    );
    assert.equal(entries[5]?.errorCode, "APIG.0308");
  });
});
