import { strict as assert } from "node:assert";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import { FAKE_SERVICES } from "../helpers/fakeServices";
import { FrozenRuntime } from "../helpers/frozenRuntime";
import { callAlibaba, callHuawei, control, PROJECT } from "../helpers/clients";

/**
 * An injected `error` fault that names a code but no status answers with the code's documented
 * status (spec/cdm.md §1.8–§1.9, spec/dataworks.md §1.7, spec/dli.md §7.2); an explicit status
 * wins.
 */
describe("injected error faults", () => {
  let emulator: RunningEmulator;
  beforeEach(async () => {
    emulator = await startEmulator({
      services: FAKE_SERVICES,
      runtime: new FrozenRuntime(),
      throttle: false,
    });
  });
  afterEach(() => emulator.close());

  const showCluster = () => callHuawei(emulator, "GET", `/v1.1/${PROJECT}/clusters/c1`);
  const listQueues = () => callHuawei(emulator, "GET", `/v1.0/${PROJECT}/queues`);
  const getFile = () => callAlibaba(emulator, "GetFile", { FileId: "1" });

  it("answers APIG.0308 without a status as 429 in the API gateway's shape", async () => {
    const rule = { kind: "error", action: "showCluster", code: "APIG.0308" };
    await control(emulator, "POST", "/faults", rule);
    const answer = await showCluster();
    assert.deepEqual(
      [answer.status, answer.body["error_code"], answer.body["error_msg"]],
      [429, "APIG.0308", "The throttling threshold has been reached."],
    );
  });

  it("sends Retry-After with an injected Huawei 429", async () => {
    emulator.setFault({ kind: "error", action: "showCluster", code: "APIG.0308" });
    const answer = await showCluster();
    assert.equal(answer.headers.get("retry-after"), "1");
  });

  it("derives an injected 429's Retry-After from the route's documented limit", async () => {
    // The fake createCluster route has the documented 5 calls a minute (spec/cdm.md §1.9).
    emulator.setFault({ kind: "error", action: "createCluster", code: "APIG.0308" });
    const answer = await callHuawei(emulator, "POST", `/v1.1/${PROJECT}/clusters`, {
      body: { cluster: { name: "c" } },
    });
    assert.equal(answer.headers.get("retry-after"), "12");
  });

  it("records the documented status and the code in the request log", async () => {
    emulator.setFault({ kind: "error", action: "showCluster", code: "APIG.0308" });
    await showCluster();
    const entry = (await control(emulator, "GET", "/requests?action=showCluster")).body[
      "requests"
    ] as Array<Record<string, unknown>>;
    assert.deepEqual(
      entry.map((e) => [e["status"], e["errorCode"], e["faults"]]),
      [[429, "APIG.0308", ["error:APIG.0308"]]],
    );
  });

  it("answers an Alibaba Throttling code without a status as 429, documented message", async () => {
    emulator.setFault({ kind: "error", action: "GetFile", code: "Throttling.User" });
    const answer = await getFile();
    assert.deepEqual(
      [answer.status, answer.body["Code"], answer.body["Message"]],
      [429, "Throttling.User", "Your request is too frequent. Try again later."],
    );
  });

  it("answers an undocumented Throttling code as 429 too", async () => {
    emulator.setFault({ kind: "error", action: "GetFile", code: "Throttling.Tenant" });
    assert.equal((await getFile()).status, 429);
  });

  it("answers ServiceUnavailable without a status as 503", async () => {
    emulator.setFault({ kind: "error", action: "GetFile", code: "ServiceUnavailable" });
    const answer = await getFile();
    assert.deepEqual([answer.status, answer.body["Code"]], [503, "ServiceUnavailable"]);
  });

  it("answers Forbidden.Access without a status as 403", async () => {
    emulator.setFault({ kind: "error", action: "GetFile", code: "Forbidden.Access" });
    assert.equal((await getFile()).status, 403);
  });

  it("answers DLI.0999 without a status as 400, as DLI's code table maps it", async () => {
    emulator.setFault({ kind: "error", action: "listQueues", code: "DLI.0999" });
    const answer = await listQueues();
    assert.deepEqual([answer.status, answer.body["error_code"]], [400, "DLI.0999"]);
  });

  it("answers DLI.0023 without a status as 404", async () => {
    emulator.setFault({ kind: "error", action: "listQueues", code: "DLI.0023" });
    assert.equal((await listQueues()).status, 404);
  });

  it("answers a CDM code without a status as 400 in CDM's shape", async () => {
    emulator.setFault({ kind: "error", action: "showCluster", code: "Cdm.0036" });
    const answer = await showCluster();
    assert.deepEqual([answer.status, answer.body["errCode"]], [400, "Cdm.0036"]);
  });

  it("answers an unknown code without a status as 500", async () => {
    emulator.setFault({ kind: "error", action: "GetFile", code: "Custom.Meltdown" });
    assert.equal((await getFile()).status, 500);
  });

  it("lets an explicit status win over the code's documented one", async () => {
    emulator.setFault({ kind: "error", action: "showCluster", code: "APIG.0308", status: 503 });
    assert.equal((await showCluster()).status, 503);
  });

  it("sends no Retry-After when an explicit status other than 429 wins", async () => {
    emulator.setFault({ kind: "error", action: "showCluster", code: "APIG.0308", status: 503 });
    assert.equal((await showCluster()).headers.get("retry-after"), null);
  });
});
