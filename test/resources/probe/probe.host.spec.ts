import { strict as assert } from "node:assert";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Probe, type ProbeArgs } from "../../../resources/probe/probe";
import { HostCallError, ProviderHost } from "../../../testing/providerHost";
import { MiniEngine, type DeclaredResource } from "../../../testing/miniEngine";
import { UNKNOWN_VALUE } from "../../../testing/wireValues";
import { declareResources } from "../../../testing/declareResources";
import { startProbeServer, type ProbeServer } from "../../harness/probeServer";

const ROOT = resolve(__dirname, "../../..");
const URN = "urn:pulumi:dev::test::pulumi-nodejs:dynamic/dataplatform:Probe::web";

/**
 * The probe through the SDK's real provider host, driven as the engine drives it (engine.md §2.4):
 * every lifecycle step, with assertions on the probe API's request log and state.
 */
describe("Probe through the provider host", function () {
  let server: ProbeServer;
  let host: ProviderHost;
  let engine: MiniEngine;

  const program = (args: Partial<ProbeArgs> = {}): Promise<DeclaredResource[]> =>
    declareResources(() => [new Probe("web", { name: "Web", token: "tok-live-1", ...args })]);
  const up = async (args: Partial<ProbeArgs> = {}) => engine.up(await program(args));

  before(async function () {
    this.timeout(60_000);
    assert.ok(existsSync(resolve(ROOT, "dist/resources/framework/dispatch.js")), "run `npm run build` first");
    server = await startProbeServer();
    host = await ProviderHost.start({ cwd: ROOT });
    engine = new MiniEngine(host, {
      config: {
        "dataplatform:endpoint": server.url,
        "dataplatform:probeToken": server.token,
        "test:unrelated": "x",
        "aws:region": "eu-west-1",
      },
      secretConfig: ["dataplatform:probeToken"],
    });
  });
  after(async () => {
    await host?.close();
    await server?.close();
  });

  it("loads like a plugin: no handshake, no CheckConfig, plain values after Configure", async () => {
    const loaded = await engine.loadProvider();
    assert.equal(loaded.version, "3.248.0");
    assert.match(loaded.handshake, /^code 12/);
    assert.match(loaded.checkConfig, /^code 12/);
    assert.equal(loaded.acceptSecrets, false);
  });

  it("previews a new resource with unknown inputs through Check only, without calling the service", async () => {
    const [declared] = await program();
    const result = await engine.preview([{ ...declared!, inputs: { ...declared!.inputs, size: UNKNOWN_VALUE } }]);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.steps.map((s) => s.op), ["create"]);
    assert.deepEqual(server.requests, []);
  });

  it("creates the object with the secret configuration unwrapped and waits until it is ready", async () => {
    const result = await up();
    assert.deepEqual(result.errors, []);
    const entry = engine.state.get(URN)!;
    assert.equal(entry.id, "p-1");
    assert.equal(entry.outputs.name, "web");
    assert.equal(entry.outputs.status, "ready");
    assert.equal(entry.outputs.token, "tok-live-1");
    assert.ok(entry.secrets.has("token"));
    assert.deepEqual(server.requests, ["POST /probes", "GET /probes/p-1"]);
  });

  it("keeps credentials out of the serialized provider and the state", () => {
    const state = JSON.stringify([...engine.state.values()]);
    assert.equal(state.includes(server.token), false);
    assert.equal(host.output.join("\n").includes(server.token), false);
  });

  it("does nothing on an up without changes", async () => {
    server.requests.length = 0;
    const result = await up();
    assert.deepEqual(result.steps.map((s) => s.op), ["same"]);
    assert.deepEqual(server.requests, []);
  });

  it("previews a change to a replace field as a replacement without calling the service", async () => {
    const [declared] = await program();
    const result = await engine.preview([{ ...declared!, inputs: { ...declared!.inputs, name: UNKNOWN_VALUE } }]);
    assert.deepEqual(result.steps, [{ urn: URN, op: "replace", replaces: ["name"], deleteBeforeReplace: true }]);
    assert.deepEqual(server.requests, []);
  });

  it("updates an update field in place, sending only that field", async () => {
    server.bodies.length = 0;
    const result = await up({ size: 4 });
    assert.deepEqual(result.steps.map((s) => s.op), ["update"]);
    assert.deepEqual(server.requests, ["PATCH /probes/p-1", "GET /probes/p-1"]);
    assert.deepEqual(server.bodies, [{ size: 4 }, undefined]);
    assert.equal(engine.state.get(URN)!.outputs.version, 2);
  });

  it("shows drift after a refresh and corrects it on the next up", async () => {
    server.objects.get("p-1")!.size = 9;
    const refreshed = await engine.refresh();
    assert.deepEqual(refreshed.steps.map((s) => s.op), ["read"]);
    assert.equal(engine.state.get(URN)!.outputs.size, 9);
    assert.equal(engine.state.get(URN)!.inputs.size, 9);
    assert.equal(engine.state.get(URN)!.outputs.token, "tok-live-1");
    server.requests.length = 0;
    const result = await up({ size: 4 });
    assert.deepEqual(result.steps.map((s) => s.op), ["update"]);
    assert.equal(server.objects.get("p-1")!.size, 4);
  });

  it("replaces a renamed object, deleting the old one first", async () => {
    server.requests.length = 0;
    const result = await up({ name: "web2", size: 4 });
    assert.deepEqual(result.steps.map((s) => s.op), ["replace"]);
    assert.deepEqual(server.requests, ["DELETE /probes/p-1", "POST /probes", "GET /probes/p-2"]);
    assert.equal(engine.state.get(URN)!.id, "p-2");
  });

  it("reports every check failure before anything is sent", async () => {
    server.requests.length = 0;
    const result = await up({ name: "web2", size: 500, color: "pink" as "red" });
    assert.match(result.errors[0]!, /check failed: size: .*given: 500.*color: .*given: "pink"/);
    assert.deepEqual(server.requests, []);
  });

  it("drops the object from state when a refresh finds it deleted", async () => {
    server.objects.clear();
    const refreshed = await engine.refresh();
    assert.deepEqual(refreshed.steps.map((s) => s.op), ["refresh-delete"]);
    assert.equal(engine.state.size, 0);
  });

  it("keeps a partially failed object in state and resumes it on the next up", async () => {
    server.faults = { failReady: true };
    const failed = await up();
    assert.match(failed.errors[0]!, /probe p-3 failed\. The object p-3 exists and stays in the stack's state/);
    const kept = engine.state.get(URN)!;
    assert.equal(kept.id, "p-3");
    assert.deepEqual(kept.outputs.pending, ["probe p-3 failed"]);
    assert.deepEqual(kept.initErrors, ["probe p-3 failed"]);

    server.faults = {};
    server.objects.get("p-3")!.status = "creating";
    server.requests.length = 0;
    const resumed = await up();
    assert.deepEqual(resumed.steps.map((s) => s.op), ["update"]);
    assert.deepEqual(server.requests, ["GET /probes/p-3"]);
    assert.equal(engine.state.get(URN)!.outputs.pending, undefined);
    assert.equal(server.objects.size, 1);
  });

  it("propagates a service error with its message and suggests adopt for an existing name", async () => {
    const result = await engine.up(
      await declareResources(
        () => [
          new Probe("web", { name: "Web", token: "tok-live-1" }),
          new Probe("other", { name: "web", token: "t" }),
        ],
      ),
    );
    assert.deepEqual(result.steps.map((s) => s.op), ["same", "create"]);
    assert.match(result.errors.join("\n"), /"web" in local already exists .*adopt: true/);
  });

  it("cannot import with only an ID, exactly like the real engine", async () => {
    await assert.rejects(host.read(URN, "p-3", {}, {}), (error: unknown) => {
      assert.ok(error instanceof HostCallError);
      assert.match(error.details, /code must be a string, not undefined/);
      return true;
    });
  });

  it("deletes the object on destroy", async () => {
    server.requests.length = 0;
    const result = await engine.destroy();
    assert.deepEqual(result.steps.map((s) => s.op), ["delete"]);
    assert.deepEqual(server.requests, ["DELETE /probes/p-3"]);
    assert.equal(server.objects.size, 0);
  });
});
