import { strict as assert } from "node:assert";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import { FAKE_SERVICES } from "../helpers/fakeServices";
import { FrozenRuntime } from "../helpers/frozenRuntime";
import { callAlibaba, callHuawei, control, issueToken, PROJECT } from "../helpers/clients";

describe("emulator control API", () => {
  let emulator: RunningEmulator;
  let runtime: FrozenRuntime;
  beforeEach(async () => {
    runtime = new FrozenRuntime();
    emulator = await startEmulator({
      services: FAKE_SERVICES,
      runtime,
      throttle: false,
      serviceOptions: { strictFolders: true },
    });
  });
  afterEach(() => emulator.close());

  it("GET /state dumps every service's state and the clock", async () => {
    await callAlibaba(emulator, "CreateFile", { FileName: "a" });
    const answer = await control(emulator, "GET", "/state");
    const services = answer.body["services"] as Record<string, any>;
    assert.deepEqual(Object.keys(services).sort(), ["cdm", "dataworks", "dli", "iam"]);
    assert.equal(services["dataworks"].files["1"].name, "a");
    assert.equal((answer.body["clock"] as Record<string, unknown>)["now"], emulator.now());
  });

  it("POST /reset returns every service to its initial state", async () => {
    await callAlibaba(emulator, "CreateFile", { FileName: "a" });
    const answer = await control(emulator, "POST", "/reset");
    assert.equal(answer.status, 200);
    assert.deepEqual(emulator.state()["dataworks"], { files: {}, nextId: 1 });
  });

  it("POST /clock/advance moves emulator time and handlers see it", async () => {
    const before = emulator.now();
    const answer = await control(emulator, "POST", "/clock/advance", { ms: 3_600_000 });
    assert.equal(answer.body["now"], before + 3_600_000);
    const seen = await callAlibaba(emulator, "GetNow", {});
    assert.equal(seen.body["Now"], before + 3_600_000);
  });

  it("GET /clock reports time, offset and time scale", async () => {
    await control(emulator, "POST", "/clock/advance", { ms: 1_000 });
    const answer = await control(emulator, "GET", "/clock");
    assert.deepEqual(
      { offsetMs: answer.body["offsetMs"], timeScale: answer.body["timeScale"], iso: answer.body["iso"] },
      { offsetMs: 1_000, timeScale: 1, iso: new Date(emulator.now()).toISOString() },
    );
  });

  it("POST /clock/advance rejects a negative step with 400", async () => {
    const answer = await control(emulator, "POST", "/clock/advance", { ms: -5 });
    assert.equal(answer.status, 400);
  });

  it("POST /faults adds rules that GET /faults lists and DELETE /faults clears", async () => {
    const added = await control(emulator, "POST", "/faults", [
      { kind: "error", action: "CreateFile", status: 429, code: "Throttling.Api", count: 2 },
      { kind: "latency", action: "showCluster", latencyMs: 100, probability: 0.5 },
    ]);
    assert.equal(added.status, 200);
    const listed = await control(emulator, "GET", "/faults");
    assert.deepEqual(
      (listed.body["faults"] as Array<Record<string, unknown>>).map((f) => [f["kind"], f["action"], f["remaining"]]),
      [
        ["error", "CreateFile", 2],
        ["latency", "showCluster", undefined],
      ],
    );
    await control(emulator, "DELETE", "/faults");
    assert.deepEqual((await control(emulator, "GET", "/faults")).body["faults"], []);
  });

  it("POST /faults rejects an unknown kind with 400", async () => {
    const answer = await control(emulator, "POST", "/faults", { kind: "meteor" });
    assert.equal(answer.status, 400);
  });

  it("GET /requests lists calls with service, action, status and error code, secrets masked", async () => {
    await callAlibaba(emulator, "CreateFile", {
      FileName: "a",
      Content: JSON.stringify({ jdbcUrl: "jdbc:mysql://db", password: "hunter2" }),
      ConnectionSecretBlob: "opaque",
    });
    await callHuawei(emulator, "GET", `/v1.1/${PROJECT}/clusters/none`);
    const answer = await control(emulator, "GET", "/requests");
    const entries = answer.body["requests"] as Array<Record<string, any>>;
    assert.deepEqual(
      entries.map((e) => [e["service"], e["action"], e["status"], e["errorCode"]]),
      [
        ["dataworks", "CreateFile", 200, undefined],
        ["cdm", "showCluster", 404, "Cdm.0100"],
      ],
    );
    const text = JSON.stringify(entries);
    assert.equal(text.includes("hunter2"), false);
    assert.equal(text.includes("opaque"), false);
    assert.equal(text.includes("local-alibaba-secret"), false);
    assert.equal(entries[0]!["parameters"]["FileName"], "a");
  });

  it("GET /requests masks passwords inside Huawei request bodies", async () => {
    await callHuawei(emulator, "POST", `/v1.1/${PROJECT}/clusters`, {
      body: { cluster: { name: "c", dbPassword: "hunter2", nested: [{ secretKey: "sk-value" }] } },
    });
    const entry = emulator.requests({ action: "createCluster" })[0]!;
    const text = JSON.stringify(entry.parameters);
    assert.equal(text.includes("hunter2") || text.includes("sk-value"), false);
    assert.match(text, /"name":"c"/);
  });

  it("GET /requests filters by action", async () => {
    await callAlibaba(emulator, "CreateFile", { FileName: "a" });
    await callAlibaba(emulator, "GetFile", { FileId: "1" });
    const answer = await control(emulator, "GET", "/requests?action=GetFile");
    assert.deepEqual(
      (answer.body["requests"] as Array<Record<string, unknown>>).map((e) => [e["action"], e["status"]]),
      [["GetFile", 200]],
    );
  });

  it("POST /clock/advance moves a Huawei lifecycle on: an issued token expires", async () => {
    const token = await issueToken(emulator);
    await control(emulator, "POST", "/clock/advance", { ms: 24 * 3_600_000 + 1 });
    const answer = await callHuawei(emulator, "GET", `/v1.0/${PROJECT}/queues`, { token });
    assert.equal(answer.status, 401);
  });

  it("POST /reset also clears faults and the request log", async () => {
    emulator.setFault({ kind: "error", action: "GetFile" });
    await callAlibaba(emulator, "GetFile", { FileId: "1" });
    await control(emulator, "POST", "/reset");
    assert.deepEqual([emulator.faults(), emulator.requests()], [[], []]);
  });

  it("GET /health answers ok", async () => {
    assert.deepEqual((await control(emulator, "GET", "/health")).body, { ok: true });
  });

  it("GET /requests filters by service", async () => {
    await callAlibaba(emulator, "CreateFile", { FileName: "a" });
    await callHuawei(emulator, "GET", `/v1.1/${PROJECT}/clusters/none`);
    const answer = await control(emulator, "GET", "/requests?service=cdm");
    assert.deepEqual((answer.body["requests"] as unknown[]).length, 1);
  });

  it("DELETE /requests empties the request log", async () => {
    await callAlibaba(emulator, "CreateFile", { FileName: "a" });
    await control(emulator, "DELETE", "/requests");
    assert.deepEqual(emulator.requests(), []);
  });

  it("hands the service options to the handlers as ctx.options", async () => {
    const answer = await callAlibaba(emulator, "GetNow", {});
    assert.deepEqual(answer.body["Options"], { strictFolders: true });
  });

  it("answers 404 naming an unknown control endpoint", async () => {
    const answer = await control(emulator, "GET", "/teleport");
    assert.equal(answer.status, 404);
    assert.match(String(answer.body["message"]), /\/__emulator\/teleport/);
  });
});
