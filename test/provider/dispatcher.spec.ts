import assert from "node:assert/strict";
import { Agent } from "undici";
import { closeSharedDispatcher, sharedDispatcher } from "../../provider/dispatcher";
import { startScriptedServer } from "../helpers/scriptedServer";
import { createClient } from "../../provider/client";
import { FakeClock } from "../helpers/fakeClock";
import { ALIBABA_CONFIG, dataWorksOperation, okFolder } from "./clientFixtures";

describe("sharedDispatcher", () => {
  after(() => closeSharedDispatcher());

  it("is one undici Agent per process, reused by every call", () => {
    const first = sharedDispatcher();
    assert.ok(first instanceof Agent);
    assert.equal(sharedDispatcher(), first);
  });

  it("carries the calls of every client built without a dispatcher", async () => {
    const server = await startScriptedServer([okFolder, okFolder]);
    try {
      const options = { env: {}, clock: new FakeClock(), config: { ...ALIBABA_CONFIG, endpoint: server.url } };
      await createClient(options).send(dataWorksOperation());
      await createClient(options).send(dataWorksOperation());
      assert.equal(server.requests.length, 2);
      const stats = (sharedDispatcher() as Agent).stats[server.url];
      assert.ok(stats, "the shared agent holds a pool for the server's origin");
      assert.ok(stats.connected, "its connections are kept alive after the calls");
    } finally {
      await server.close();
    }
  });
});
