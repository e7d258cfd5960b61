import { strict as assert } from "node:assert";
import { createCluster } from "../../../../emulator/services/cdm/createCluster";
import { showCluster } from "../../../../emulator/services/cdm/showCluster";
import { CdmHarness } from "./cdmHarness";
import { clusterBody, SMALL_FLAVOR } from "./cdmFixtures";

describe("CDM createCluster", () => {
  it("createCluster: answers 202 with the cluster id, task, datastore and instance", () => {
    const harness = new CdmHarness();
    const answer = harness.call(createCluster, { body: clusterBody("cdm-ab82") });
    assert.equal(answer.status, 202);
    const body = answer.body as Record<string, any>;
    assert.match(body["id"], /^[0-9a-f-]{36}$/);
    assert.equal(body["name"], "cdm-ab82");
    assert.deepEqual(body["datastore"], { type: "cdm", version: "2.9.1.100" });
    assert.equal(body["instances"][0]["type"], "cdm");
    assert.equal(typeof body["task"]["id"], "string");
  });

  it("createCluster: is creating (100) with CREATING progress until the create duration passes", () => {
    const harness = new CdmHarness({ cdmClusterCreateMs: 100_000 });
    const id = harness.ok(createCluster, { body: clusterBody() })["id"];
    harness.clock.advance(30_000);
    const shown = harness.ok(showCluster, { path: { cluster_id: id } });
    assert.equal(shown["status"], "100");
    assert.deepEqual(shown["actionProgress"], { CREATING: "30%" });
  });

  it("createCluster: becomes normal (200) with empty actionProgress once created", () => {
    const harness = new CdmHarness({ cdmClusterCreateMs: 100_000 });
    const id = harness.ok(createCluster, { body: clusterBody() })["id"];
    harness.clock.advance(100_000);
    const shown = harness.ok(showCluster, { path: { cluster_id: id } });
    assert.equal(shown["status"], "200");
    assert.equal(shown["statusDetail"], "Normal");
    assert.deepEqual(shown["actionProgress"], {});
    assert.equal(shown["failedReasons"], undefined);
  });

  it("createCluster: finishes after a restart of the emulator (state reloaded from JSON)", () => {
    const harness = new CdmHarness({ cdmClusterCreateMs: 100_000 });
    const id = harness.ok(createCluster, { body: clusterBody() })["id"];
    harness.restart();
    harness.clock.advance(100_000);
    assert.equal(harness.ok(showCluster, { path: { cluster_id: id } })["status"], "200");
  });

  it("createCluster: ends in 303 with failedReasons when the name matches cdmFailClusterNamePattern", () => {
    const harness = new CdmHarness({ cdmFailClusterNamePattern: "^broken-" });
    const id = harness.ok(createCluster, { body: clusterBody("broken-1") })["id"];
    harness.clock.advance(60 * 60_000);
    const shown = harness.ok(showCluster, { path: { cluster_id: id } });
    assert.equal(shown["status"], "303");
    assert.equal(typeof shown["failedReasons"]["CREATE_FAILED"]["errorMsg"], "string");
  });

  it("createCluster: rejects an unknown flavorRef with 400 Cdm.0014", () => {
    const harness = new CdmHarness();
    const body = clusterBody("x") as { cluster: { instances: Array<Record<string, unknown>> } };
    body.cluster.instances[0]!["flavorRef"] = "not-a-flavor";
    const err = harness.fail(createCluster, { body });
    assert.equal(err.status, 400);
    assert.deepEqual(err.body, { errCode: "Cdm.0014", externalMessage: err.message });
  });

  it("createCluster: rejects more than two NICs with 400 Cdm.0014", () => {
    const harness = new CdmHarness();
    const nic = { securityGroupId: "sg", "net-id": "subnet" };
    const body = clusterBody("x", {
      instances: [
        { availability_zone: "az", nics: [nic, nic, nic], flavorRef: SMALL_FLAVOR, type: "cdm" },
      ],
    });
    assert.equal(harness.fail(createCluster, { body }).code, "Cdm.0014");
  });

  it("createCluster: rejects isAutoOff together with isScheduleBootOff with 400 Cdm.0014", () => {
    const harness = new CdmHarness();
    const body = clusterBody("x", { isAutoOff: true, isScheduleBootOff: true });
    assert.equal(harness.fail(createCluster, { body }).code, "Cdm.0014");
  });

  it("createCluster: accepts the seed's vpId spelling and shows it as vpc_id", () => {
    const harness = new CdmHarness();
    const body = clusterBody("x", { vpcId: undefined, vpId: "vpc-from-seed" });
    const id = harness.ok(createCluster, { body })["id"];
    assert.equal(harness.ok(showCluster, { path: { cluster_id: id } })["vpc_id"], "vpc-from-seed");
  });
});
