import assert from "node:assert/strict";
import { startScriptedServer, type ScriptedServer } from "../../helpers/scriptedServer";
import { cdmOperation, dataWorksOperation, harness, okFolder, type Harness } from "../clientFixtures";

describe("client-side throttling", () => {
  let server: ScriptedServer;
  let h: Harness;

  beforeEach(async () => {
    server = await startScriptedServer();
    h = harness(server.url);
  });
  afterEach(async () => {
    await h.close();
    await server.close();
  });

  it("delays a burst of level-3 DataWorks calls to 5 per second", async () => {
    server.enqueue(okFolder, okFolder, okFolder);
    const op = dataWorksOperation({ action: "CreateFile", level: 3 });
    const start = h.clock.now();
    await Promise.all([h.client.send(op), h.client.send(op), h.client.send(op)]);
    // The fake clock advances as soon as a sleep starts, so the third caller books its slot 200 ms
    // after the second: slots at 0, 200 and 400 ms.
    assert.deepEqual(h.clock.sleeps, [200, 200]);
    assert.equal(h.clock.now() - start, 400);
    const waits = h.logs.filter((e) => e.kind === "throttleWait");
    assert.equal(waits.length, 2);
    assert.match(waits[0]?.message ?? "", /level 3 \(5 QPS\)/);
  });

  it("keeps DataWorks levels in separate buckets", async () => {
    server.enqueue(okFolder, okFolder);
    await Promise.all([
      h.client.send(dataWorksOperation({ level: 1 })),
      h.client.send(dataWorksOperation({ level: 3 })),
    ]);
    assert.deepEqual(h.clock.sleeps, []);
  });

  it("refuses level-3 calls beyond the daily cap without sending them", async () => {
    const capped = harness(server.url, { throttle: { dataWorksDailyCap: 2 } });
    server.enqueue(okFolder, okFolder, okFolder);
    const op = dataWorksOperation({ action: "DeployFile", level: 3 });
    await capped.client.send(op);
    await capped.client.send(op);
    await assert.rejects(capped.client.send(op), {
      code: "Throttling.Api.Risk",
      category: "fatal",
      httpStatus: undefined,
    });
    await capped.close();
    assert.equal(server.requests.length, 2);
  });

  it("spaces CDM cluster creates by the documented 5 per minute", async () => {
    server.enqueue({ body: { id: "a" } }, { body: { id: "b" } });
    const op = cdmOperation({ action: "createCluster", method: "POST", idempotent: false });
    await h.client.send(op);
    await h.client.send(op);
    assert.deepEqual(h.clock.sleeps, [12_000]);
  });

  it("sends without waiting when throttling is disabled", async () => {
    const free = harness(server.url, { throttle: { enabled: false } });
    server.enqueue(okFolder, okFolder);
    const op = dataWorksOperation({ level: 3 });
    await Promise.all([free.client.send(op), free.client.send(op)]);
    await free.close();
    assert.deepEqual(free.clock.sleeps, []);
  });
});
