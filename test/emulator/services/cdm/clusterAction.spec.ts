import { strict as assert } from "node:assert";
import { PROJECT, type Answer } from "../../helpers/clients";
import { assertShortError, CdmEmulator, UNKNOWN_CLUSTER } from "./cdmEmulator";

/** Every power and restart operation takes this long here (spec/cdm.md §2.8). */
const ACTION_MS = 10_000;

const RESTART = { restart: { instance: "", type: "cdm", group: "" } };
const STOP = { stop: { stopMode: "GRACEFULLY", delayTime: -1 } };
const STOP_NOW = { stop: { stopMode: "IMMEDIATELY" } };

describe("CDM clusterAction", () => {
  const cdm = CdmEmulator.forEachTestOfSuite({
    cdmClusterRestartMs: ACTION_MS,
    cdmClusterStopMs: ACTION_MS,
    cdmClusterStartMs: ACTION_MS,
    cdmFailClusterActionNamePattern: "^flaky-",
  });

  /** Sends a cluster action (spec/cdm.md §2.6, §2.7) and answers the raw answer. */
  const action = (id: string, body: unknown): Promise<Answer> =>
    cdm.call("POST", `/clusters/${id}/action`, { body });

  /** Sends a cluster action the emulator must accept; answers its body. */
  const accepted = (id: string, body: unknown): Promise<Record<string, any>> =>
    cdm.ok("POST", `/clusters/${id}/action`, { body });

  /** A cluster that has been stopped and is powered off (`900`). */
  async function stoppedCluster(name?: string): Promise<string> {
    const id = await cdm.runningCluster(name);
    await accepted(id, STOP_NOW);
    cdm.advance(ACTION_MS);
    return id;
  }

  /** Asserts a refusal with 400 Cdm.0014 that left the cluster without an operation. */
  function assertRefused(answer: Answer, id: string): void {
    assertShortError(answer, 400, "Cdm.0014");
    assert.equal(cdm.state().clusters[id]!.operation, undefined);
    assert.equal(cdm.requests("clusterAction").at(-1)?.errorCode, "Cdm.0014");
  }

  it("restart: answers 200 with a string jobId (spec §2.6)", async () => {
    const id = await cdm.runningCluster();
    const answer = await accepted(id, RESTART);
    assert.match(answer["jobId"], /^[0-9a-f]{32}$/);
  });

  it("restart: goes 500 (REBOOTING) then 200 once the restart duration passes", async () => {
    const id = await cdm.runningCluster();
    await accepted(id, RESTART);
    const shown = await cdm.showCluster(id);
    assert.equal(shown["status"], "500");
    assert.deepEqual(shown["actions"], ["REBOOTING"]);
    cdm.advance(ACTION_MS);
    assert.equal(await cdm.clusterStatus(id), "200");
  });

  it("restart: records the operation and its end in the state", async () => {
    const id = await cdm.runningCluster();
    await accepted(id, RESTART);
    const now = cdm.emulator.now();
    assert.deepEqual(cdm.state().clusters[id]!.operation, {
      kind: "restart",
      startedAt: now,
      endsAt: now + ACTION_MS,
    });
  });

  it("stop: answers 200 with a jobId array (spec §2.7)", async () => {
    const id = await cdm.runningCluster();
    const answer = await accepted(id, STOP);
    assert.ok(Array.isArray(answer["jobId"]));
    assert.equal(answer["jobId"].length, 1);
  });

  it("stop: goes 910 then 900 once the stop duration passes", async () => {
    const id = await cdm.runningCluster();
    await accepted(id, STOP);
    assert.equal(await cdm.clusterStatus(id), "910");
    cdm.advance(ACTION_MS);
    assert.equal(await cdm.clusterStatus(id), "900");
  });

  it("start: answers 200 with a jobId array (spec §2.7)", async () => {
    const id = await stoppedCluster();
    const answer = await accepted(id, { start: {} });
    assert.ok(Array.isArray(answer["jobId"]));
    assert.equal(answer["jobId"].length, 1);
  });

  it("start: powers a stopped cluster on through 920 to 200", async () => {
    const id = await stoppedCluster();
    await accepted(id, { start: {} });
    assert.equal(await cdm.clusterStatus(id), "920");
    cdm.advance(ACTION_MS);
    assert.equal(await cdm.clusterStatus(id), "200");
  });

  it("start: refuses a cluster that is not powered off with 400 Cdm.0014", async () => {
    const id = await cdm.runningCluster();
    assertRefused(await action(id, { start: {} }), id);
  });

  it("restart: refuses a cluster that is still creating with 400 Cdm.0014", async () => {
    const id = await cdm.createCluster();
    assertRefused(await action(id, { restart: { type: "cdm" } }), id);
    assert.equal(await cdm.clusterStatus(id), "100");
  });

  it("clusterAction: rejects a body with two actions with 400 Cdm.0014", async () => {
    const id = await cdm.runningCluster();
    assertRefused(await action(id, { start: {}, stop: STOP_NOW.stop }), id);
  });

  it("stop: rejects a missing stopMode with 400 Cdm.0014", async () => {
    const id = await cdm.runningCluster();
    assertRefused(await action(id, { stop: {} }), id);
    assert.equal(await cdm.clusterStatus(id), "200");
  });

  it("clusterAction: answers 404 Cdm.0001 for an unknown cluster", async () => {
    assertShortError(await action(UNKNOWN_CLUSTER, { start: {} }), 404, "Cdm.0001");
    assert.equal(cdm.requests("clusterAction")[0]?.errorCode, "Cdm.0001");
  });

  it("restart: ends in 300 with REBOOT_FAILURE when the name matches cdmFailClusterActionNamePattern", async () => {
    const id = await cdm.runningCluster("flaky-1");
    await accepted(id, { restart: { type: "cdm" } });
    assert.equal(await cdm.clusterStatus(id), "500");
    cdm.advance(ACTION_MS);
    const shown = await cdm.showCluster(id);
    assert.equal(shown["status"], "300");
    assert.deepEqual(shown["actions"], ["REBOOT_FAILURE"]);
  });

  it("start: ends in 300 when the name matches cdmFailClusterActionNamePattern", async () => {
    const id = await stoppedCluster("flaky-1");
    await accepted(id, { start: {} });
    cdm.advance(ACTION_MS);
    assert.equal(await cdm.clusterStatus(id), "300");
    assert.equal(cdm.state().clusters[id]!.operation?.fails, true);
  });

  it("stop: is not affected by cdmFailClusterActionNamePattern", async () => {
    const id = await stoppedCluster("flaky-1");
    assert.equal(await cdm.clusterStatus(id), "900");
    assert.equal(cdm.state().clusters[id]!.operation?.fails, undefined);
  });

  it("clusterAction: logs each accepted action under one wire action with its status", async () => {
    const id = await stoppedCluster();
    await accepted(id, { start: {} });
    const entries = cdm.requests("clusterAction");
    const path = `/v1.1/${PROJECT}/clusters/${id}/action`;
    assert.deepEqual(
      entries.map((entry) => [entry.method, entry.path, entry.status]),
      [
        ["POST", path, 200],
        ["POST", path, 200],
      ],
    );
    assert.deepEqual(
      entries.map((entry) => Object.keys((entry.parameters as { body: object }).body)),
      [["stop"], ["start"]],
    );
  });
});
