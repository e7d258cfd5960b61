import { strict as assert } from "node:assert";
import { AlreadyExistsError } from "../../../resources/framework/alreadyExistsError";
import { createProvider } from "../../../resources/framework/createProvider";
import { PartialFailureError } from "../../../resources/framework/partialFailureError";
import { probeDefinition } from "../../../resources/probe/probe";
import { ProbeApiError } from "../../../resources/probe/probeApiError";
import { FakeClock } from "../../helpers/fakeClock";
import { startProbeServer, type ProbeServer } from "../../harness/probeServer";

describe("createProvider", () => {
  let server: ProbeServer;
  let lines: string[];
  let clock: FakeClock;
  let provider: ReturnType<typeof createProvider>;
  const inputs = { name: "alpha", region: "local", size: 2, note: "hello", token: "tok-1", adopt: false };

  beforeEach(async () => {
    server = await startProbeServer();
    lines = [];
    clock = new FakeClock();
    provider = createProvider(probeDefinition, {
      settings: () => ({ config: { endpoint: server.url, probeToken: server.token }, env: {} }),
      log: { info: (m) => lines.push(`info: ${m}`), warn: (m) => lines.push(`warn: ${m}`) },
      clock,
    });
  });
  afterEach(() => server.close());

  it("creates the object, waits until it settles and returns its computed outputs", async () => {
    server.faults = { readsUntilReady: 3 };
    const created = await provider.create({ ...inputs, __provider: "text" });
    assert.equal(created.id, "p-1");
    assert.deepEqual(created.outs, { ...inputs, status: "ready", version: 1 });
    assert.deepEqual(server.requests, ["POST /probes", "GET /probes/p-1", "GET /probes/p-1", "GET /probes/p-1"]);
  });

  it("keeps the configured write-only and secret values instead of the service's masks", async () => {
    const created = await provider.create(inputs);
    assert.equal(created.outs.note, "hello");
    assert.equal(created.outs.token, "tok-1");
  });

  it("refuses to create over an existing object and suggests adopt", async () => {
    await provider.create(inputs);
    await assert.rejects(provider.create({ ...inputs, size: 5 }), (error: unknown) => {
      assert.ok(error instanceof AlreadyExistsError);
      assert.match(error.message, /"alpha" in local already exists .*adopt: true/);
      return true;
    });
  });

  it("names the existing object when the definition recognises clashes by lookup", async () => {
    const lookingUp = createProvider(
      { ...probeDefinition, clashFoundByLookup: true },
      {
        settings: () => ({ config: { endpoint: server.url, probeToken: server.token }, env: {} }),
        log: { info: () => undefined, warn: () => undefined },
        clock,
      },
    );
    await lookingUp.create(inputs);
    server.requests.length = 0;
    await assert.rejects(lookingUp.create({ ...inputs, size: 5 }), (error: unknown) => {
      assert.ok(error instanceof AlreadyExistsError);
      assert.match(
        error.message,
        /"alpha" in local already exists \(existing id p-1; the service said: /,
      );
      return true;
    });
    assert.deepEqual(server.requests, ["POST /probes", "GET /probes?region=local&name=alpha"]);
  });

  it("adopts an existing object by its natural key, updates what differs and says so", async () => {
    await provider.create(inputs);
    server.requests.length = 0;
    server.bodies.length = 0;
    const adopted = await provider.create({ ...inputs, size: 5, adopt: true });
    assert.equal(adopted.id, "p-1");
    assert.equal(adopted.outs.size, 5);
    assert.deepEqual(server.requests.slice(0, 2), ["GET /probes?region=local&name=alpha", "PATCH /probes/p-1"]);
    assert.deepEqual(server.bodies[1], { size: 5, note: "hello", token: "tok-1" });
    assert.ok(lines.some((l) => /Adopting existing dataplatform:Probe "alpha" in local \(id p-1\); updating size, note, token/.test(l)));
  });

  it("creates the object when adopt finds nothing", async () => {
    const created = await provider.create({ ...inputs, adopt: true });
    assert.equal(created.id, "p-1");
    assert.ok(lines.some((l) => /adopt: no existing/.test(l)));
  });

  it("looks the object up after an ambiguous create failure instead of creating a duplicate", async () => {
    server.faults = { resetAfterCreate: true };
    const created = await provider.create(inputs);
    assert.equal(created.id, "p-1");
    assert.equal(server.objects.size, 1);
    assert.deepEqual(server.requests.slice(0, 2), ["POST /probes", "GET /probes?region=local&name=alpha"]);
  });

  it("throws a partial failure carrying id, properties and reasons when a later step fails", async () => {
    server.faults = { failReady: true };
    await assert.rejects(provider.create(inputs), (error: unknown) => {
      assert.ok(error instanceof PartialFailureError);
      assert.equal(error.id, "p-1");
      assert.deepEqual(error.reasons, ["probe p-1 failed"]);
      assert.deepEqual(error.properties.pending, ["probe p-1 failed"]);
      assert.equal(error.properties.token, "tok-1");
      return true;
    });
  });

  it("keeps the object as a partial failure when the wait outlasts the create timeout", async () => {
    server.faults = { readsUntilReady: 1000 };
    await assert.rejects(provider.create({ ...inputs, timeouts: { create: 2 } }), (error: unknown) => {
      assert.ok(error instanceof PartialFailureError);
      assert.match(error.message, /timed out after 120 s .* stays in the stack's state/);
      return true;
    });
  });

  it("logs the state of a long wait at least every 30 seconds", async () => {
    server.faults = { readsUntilReady: 1000 };
    await assert.rejects(provider.create({ ...inputs, timeouts: { create: 3 } }));
    const elapsed = lines
      .filter((l) => l.startsWith("info: probe p-1: creating"))
      .map((l) => Number(/\((\d+) s elapsed\)/.exec(l)![1]));
    assert.ok(elapsed.length >= 6);
    for (let i = 1; i < elapsed.length; i++) assert.ok(elapsed[i]! - elapsed[i - 1]! <= 30);
  });

  it("resumes the pending steps on the next update without changing any field", async () => {
    server.faults = { failReady: true };
    const failure = await provider.create(inputs).then(
      () => assert.fail("create should fail"),
      (e: PartialFailureError) => e,
    );
    server.faults = {};
    server.objects.get("p-1")!.status = "creating";
    server.requests.length = 0;
    const updated = await provider.update("p-1", failure.properties, inputs);
    assert.equal(updated.outs.status, "ready");
    assert.equal(updated.outs.pending, undefined);
    assert.deepEqual(server.requests, ["GET /probes/p-1"]);
  });

  /** Adopts the existing "alpha" with new write-only values through an update that is refused. */
  const failedAdoption = async () => {
    await provider.create(inputs);
    const refusing = createProvider(
      {
        ...probeDefinition,
        update: async () => {
          throw new ProbeApiError("fatal", "Refused", "update refused");
        },
      },
      {
        settings: () => ({ config: { endpoint: server.url, probeToken: server.token }, env: {} }),
        log: { info: () => undefined, warn: () => undefined },
        clock,
      },
    );
    const news = { ...inputs, note: "new note", token: "tok-2", adopt: true };
    const failure = await refusing.create(news).then(
      () => assert.fail("adoption should fail"),
      (e: PartialFailureError) => e,
    );
    return { news, failure };
  };

  it("does not record write-only values a failed adoption update never applied", async () => {
    const { failure } = await failedAdoption();
    assert.ok(failure instanceof PartialFailureError);
    assert.equal(failure.properties.token, undefined);
    assert.equal(failure.properties.note, undefined);
    assert.deepEqual(failure.properties.pending, ["update refused"]);
  });

  it("sends the unapplied write-only values on the up after a failed adoption update", async () => {
    const { news, failure } = await failedAdoption();
    server.requests.length = 0;
    server.bodies.length = 0;
    const updated = await provider.update(failure.id, failure.properties, news);
    assert.equal(server.requests[0], "PATCH /probes/p-1");
    assert.deepEqual(server.bodies[0], { note: "new note", token: "tok-2" });
    assert.equal(server.objects.get("p-1")!.token, "tok-2");
    assert.equal(updated.outs.token, "tok-2");
    assert.equal(updated.outs.pending, undefined);
  });

  it("sends only the changed fields on update", async () => {
    const created = await provider.create(inputs);
    server.requests.length = 0;
    server.bodies.length = 0;
    await provider.update(created.id, created.outs, { ...inputs, size: 3 });
    assert.deepEqual(server.requests[0], "PATCH /probes/p-1");
    assert.deepEqual(server.bodies[0], { size: 3 });
  });

  it("makes no call when only the timeouts change", async () => {
    const created = await provider.create(inputs);
    server.requests.length = 0;
    const updated = await provider.update(created.id, created.outs, { ...inputs, timeouts: { update: 9 } });
    assert.deepEqual(server.requests, []);
    assert.deepEqual(updated.outs.timeouts, { update: 9 });
  });

  it("reads live values with the inputs and keeps the configured write-only values", async () => {
    const created = await provider.create(inputs);
    server.objects.get("p-1")!.size = 9;
    const read = await provider.read(created.id, created.outs);
    assert.equal(read.props.size, 9);
    assert.equal(read.props.token, "tok-1");
    assert.deepEqual(read.inputs, { name: "alpha", region: "local", size: 9, note: "hello", token: "tok-1", adopt: false });
  });

  it("reads an empty id when the object is gone", async () => {
    const created = await provider.create(inputs);
    server.objects.clear();
    assert.deepEqual(await provider.read(created.id, created.outs), { id: "" });
  });

  it("treats deleting an object that is already gone as success", async () => {
    const created = await provider.create(inputs);
    server.objects.clear();
    await provider.delete(created.id, created.outs);
    assert.deepEqual(server.requests.at(-1), "DELETE /probes/p-1");
  });

  it("returns plain JSON outputs without undefined values", async () => {
    const created = await provider.create({ name: "b", region: "local", size: 1, adopt: false });
    assert.equal(Object.values(created.outs).includes(undefined), false);
    assert.equal("color" in created.outs, false);
  });
});
