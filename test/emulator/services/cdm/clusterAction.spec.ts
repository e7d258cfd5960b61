import { strict as assert } from "node:assert";
import { clusterAction } from "../../../../emulator/services/cdm/clusterAction";
import { createCluster } from "../../../../emulator/services/cdm/createCluster";
import { showCluster } from "../../../../emulator/services/cdm/showCluster";
import type { EmulatorError } from "../../../../emulator/types";
import { CdmHarness } from "./cdmHarness";
import { clusterBody } from "./cdmFixtures";

const OPTIONS = {
  cdmClusterRestartMs: 10_000,
  cdmClusterStopMs: 10_000,
  cdmClusterStartMs: 10_000,
};

function status(harness: CdmHarness, id: string): string {
  return harness.ok(showCluster, { path: { cluster_id: id } })["status"] as string;
}

/** Sends a cluster action the emulator must accept; answers its body. */
function acceptedAction(harness: CdmHarness, id: string, body: unknown): Record<string, any> {
  return harness.ok(clusterAction, { path: { cluster_id: id }, body });
}

/** Sends a cluster action the emulator must refuse; answers the error it raised. */
function refusedAction(harness: CdmHarness, id: string, body: unknown): EmulatorError {
  return harness.fail(clusterAction, { path: { cluster_id: id }, body });
}

describe("CDM clusterAction", () => {
  it("restart: answers a string jobId and goes 500 (REBOOTING) then 200", () => {
    const harness = new CdmHarness(OPTIONS);
    const id = harness.runningCluster();
    const restart = { restart: { instance: "", type: "cdm", group: "" } };
    const answer = acceptedAction(harness, id, restart);
    assert.equal(typeof answer["jobId"], "string");
    assert.equal(status(harness, id), "500");
    assert.deepEqual(harness.ok(showCluster, { path: { cluster_id: id } })["actions"], [
      "REBOOTING",
    ]);
    harness.clock.advance(10_000);
    assert.equal(status(harness, id), "200");
  });

  it("stop: answers a jobId array and goes 910 then 900", () => {
    const harness = new CdmHarness(OPTIONS);
    const id = harness.runningCluster();
    const stop = { stop: { stopMode: "GRACEFULLY", delayTime: -1 } };
    const answer = acceptedAction(harness, id, stop);
    assert.ok(Array.isArray(answer["jobId"]));
    assert.equal(status(harness, id), "910");
    harness.clock.advance(10_000);
    assert.equal(status(harness, id), "900");
  });

  it("start: powers a stopped cluster on through 920 to 200", () => {
    const harness = new CdmHarness(OPTIONS);
    const id = harness.runningCluster();
    acceptedAction(harness, id, { stop: { stopMode: "IMMEDIATELY" } });
    harness.clock.advance(10_000);
    const answer = acceptedAction(harness, id, { start: {} });
    assert.ok(Array.isArray(answer["jobId"]));
    assert.equal(status(harness, id), "920");
    harness.clock.advance(10_000);
    assert.equal(status(harness, id), "200");
  });

  it("start: refuses a cluster that is not powered off with 400 Cdm.0014", () => {
    const harness = new CdmHarness(OPTIONS);
    const id = harness.runningCluster();
    assert.equal(refusedAction(harness, id, { start: {} }).code, "Cdm.0014");
  });

  it("restart: refuses a cluster that is still creating with 400 Cdm.0014", () => {
    const harness = new CdmHarness(OPTIONS);
    const id = harness.ok(createCluster, { body: clusterBody() })["id"];
    const err = refusedAction(harness, id, { restart: { type: "cdm" } });
    assert.equal(err.code, "Cdm.0014");
  });

  it("clusterAction: rejects a body with two actions with 400 Cdm.0014", () => {
    const harness = new CdmHarness(OPTIONS);
    const id = harness.runningCluster();
    const body = { start: {}, stop: { stopMode: "IMMEDIATELY" } };
    assert.equal(refusedAction(harness, id, body).code, "Cdm.0014");
  });

  it("stop: rejects a missing stopMode with 400 Cdm.0014", () => {
    const harness = new CdmHarness(OPTIONS);
    const id = harness.runningCluster();
    assert.equal(refusedAction(harness, id, { stop: {} }).code, "Cdm.0014");
  });

  it("clusterAction: answers 404 Cdm.0001 for an unknown cluster", () => {
    const err = refusedAction(new CdmHarness(), "nope", { start: {} });
    assert.equal(err.status, 404);
  });
  it("restart: ends in 300 with REBOOT_FAILURE when the name matches cdmFailClusterActionNamePattern", () => {
    const harness = new CdmHarness({ ...OPTIONS, cdmFailClusterActionNamePattern: "^flaky-" });
    const id = harness.runningCluster("flaky-1");
    acceptedAction(harness, id, { restart: { type: "cdm" } });
    assert.equal(status(harness, id), "500");
    harness.clock.advance(10_000);
    const shown = harness.ok(showCluster, { path: { cluster_id: id } });
    assert.equal(shown["status"], "300");
    assert.deepEqual(shown["actions"], ["REBOOT_FAILURE"]);
  });

  it("start: ends in 300 when the name matches cdmFailClusterActionNamePattern", () => {
    const harness = new CdmHarness({ ...OPTIONS, cdmFailClusterActionNamePattern: "^flaky-" });
    const id = harness.runningCluster("flaky-1");
    acceptedAction(harness, id, { stop: { stopMode: "IMMEDIATELY" } });
    harness.clock.advance(10_000);
    acceptedAction(harness, id, { start: {} });
    harness.clock.advance(10_000);
    assert.equal(status(harness, id), "300");
  });

  it("stop: is not affected by cdmFailClusterActionNamePattern", () => {
    const harness = new CdmHarness({ ...OPTIONS, cdmFailClusterActionNamePattern: "^flaky-" });
    const id = harness.runningCluster("flaky-1");
    acceptedAction(harness, id, { stop: { stopMode: "IMMEDIATELY" } });
    harness.clock.advance(10_000);
    assert.equal(status(harness, id), "900");
  });
});
