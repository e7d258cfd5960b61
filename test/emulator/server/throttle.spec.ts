import { strict as assert } from "node:assert";
import { startEmulator, type RunningEmulator, type StartEmulatorOptions } from "../../../emulator";
import { FAKE_SERVICES } from "../helpers/fakeServices";
import { FrozenRuntime } from "../helpers/frozenRuntime";
import { callAlibaba, callHuawei, PROJECT } from "../helpers/clients";

/** Real time stands still in these tests: only `runtime.tick` or the control clock refills buckets. */
describe("emulator throttling", () => {
  let emulator: RunningEmulator;
  let runtime: FrozenRuntime;
  const start = async (options: StartEmulatorOptions = {}) => {
    runtime = new FrozenRuntime();
    emulator = await startEmulator({ services: FAKE_SERVICES, runtime, ...options });
  };
  afterEach(() => emulator.close());

  const statuses = async (n: number, call: () => Promise<{ status: number }>) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await call()).status);
    return out;
  };
  const createFile = () => callAlibaba(emulator, "CreateFile", { FileName: "f" });

  it("allows 5 level-3 calls per second by default and answers Throttling.Api to the sixth", async () => {
    await start();
    assert.deepEqual(await statuses(6, createFile), [200, 200, 200, 200, 200, 429]);
    const answer = await createFile();
    assert.equal(answer.body["Code"], "Throttling.Api");
    assert.equal(answer.body["Message"], "The request for this resource has exceeded your available limit.");
  });

  it("allows 20 level-2 calls per second by default", async () => {
    await start();
    const results = await statuses(21, () => callAlibaba(emulator, "UpdateFolder", {}));
    assert.deepEqual([results.filter((s) => s === 200).length, results[20]], [20, 429]);
  });

  it("allows 50 level-1 calls per second by default", async () => {
    await start();
    const results = await statuses(51, () => callAlibaba(emulator, "GetFile", { FileId: "none" }));
    assert.deepEqual([results.filter((s) => s === 404).length, results[50]], [50, 429]);
  });

  it("refills a level's bucket as time passes", async () => {
    await start({ throttle: { dataworksQps: { 3: 2 } } });
    assert.deepEqual(await statuses(3, createFile), [200, 200, 429]);
    runtime.tick(1_000);
    assert.deepEqual(await statuses(1, createFile), [200]);
  });

  it("keeps levels apart: level 1 still answers when level 3 is exhausted", async () => {
    await start({ throttle: { dataworksQps: { 3: 1 } } });
    await createFile();
    assert.equal((await createFile()).status, 429);
    assert.equal((await callAlibaba(emulator, "GetFile", { FileId: "1" })).status, 200);
  });

  it("keeps access keys apart", async () => {
    await start({
      throttle: { dataworksQps: { 3: 1 } },
      credentials: { alibaba: [{ accessKeyId: "LTAIsecond", accessKeySecret: "second-secret" }] },
    });
    await createFile();
    const other = await callAlibaba(emulator, "CreateFile", { FileName: "g" }, {
      accessKeyId: "LTAIsecond",
      accessKeySecret: "second-secret",
    });
    assert.equal(other.status, 200);
  });

  it("answers Throttling.Api.Risk past the level-3 daily cap until the next day", async () => {
    await start({ throttle: { dataworksQps: { 3: 100 }, dataworksDailyCap: 3 } });
    assert.deepEqual(await statuses(4, createFile), [200, 200, 200, 429]);
    assert.equal((await createFile()).body["Code"], "Throttling.Api.Risk");
    emulator.advanceClock(24 * 3_600_000);
    assert.equal((await createFile()).status, 200);
  });

  it("does not throttle when turned off", async () => {
    await start({ throttle: false });
    assert.deepEqual(await statuses(8, createFile), Array(8).fill(200));
  });

  it("answers 429 APIG.0308 in the API gateway's shape past a route's per-minute limit", async () => {
    await start();
    const create = () =>
      callHuawei(emulator, "POST", `/v1.1/${PROJECT}/clusters`, { body: { cluster: { name: "c" } } });
    assert.deepEqual(await statuses(6, create), [202, 202, 202, 202, 202, 429]);
    const answer = await create();
    // spec/cdm.md §1.8: APIG* codes come from the gateway, which writes {error_code, error_msg}.
    assert.deepEqual(
      { code: answer.body["error_code"], msg: answer.body["error_msg"], retryAfter: answer.headers.has("retry-after") },
      { code: "APIG.0308", msg: "The throttling threshold has been reached.", retryAfter: true },
    );
  });

  it("applies a per-action limit from the options in DLI's shape", async () => {
    await start({ throttle: { huawei: { listQueues: 2 } } });
    const list = () => callHuawei(emulator, "GET", `/v1.0/${PROJECT}/queues`);
    assert.deepEqual(await statuses(3, list), [200, 200, 429]);
    assert.equal((await list()).body["error_code"], "APIG.0308");
  });

  it("applies the * limit to every Huawei action without a limit of its own", async () => {
    await start({ throttle: { huawei: { "*": 1 } } });
    const list = () => callHuawei(emulator, "GET", `/v1.0/${PROJECT}/queues`);
    const show = () => callHuawei(emulator, "GET", `/v1.1/${PROJECT}/clusters/c1`);
    const answers = [...(await statuses(2, list)), ...(await statuses(2, show))];
    assert.deepEqual(answers, [200, 429, 404, 429]);
  });

  it("lets an action's own limit win over the * limit", async () => {
    await start({ throttle: { huawei: { "*": 1, listQueues: 3 } } });
    const list = () => callHuawei(emulator, "GET", `/v1.0/${PROJECT}/queues`);
    assert.deepEqual(await statuses(4, list), [200, 200, 200, 429]);
  });

  it("answers Retry-After from the * limit", async () => {
    await start({ throttle: { huawei: { "*": 2 } } });
    const list = () => callHuawei(emulator, "GET", `/v1.0/${PROJECT}/queues`);
    await statuses(2, list);
    assert.equal((await list()).headers.get("retry-after"), "30");
  });
});
