import { strict as assert } from "node:assert";
import { createCluster } from "../../../../emulator/services/cdm/createCluster";
import { listClusters } from "../../../../emulator/services/cdm/listClusters";
import { CdmHarness } from "./cdmHarness";
import { clusterBody } from "./cdmFixtures";

describe("CDM listClusters", () => {
  it("listClusters: lists the project's clusters oldest first with their current status", () => {
    const harness = new CdmHarness({ cdmClusterCreateMs: 1_000 });
    harness.ok(createCluster, { body: clusterBody("first") });
    harness.clock.advance(2_000);
    harness.ok(createCluster, { body: clusterBody("second") });
    const clusters = harness.ok(listClusters)["clusters"] as Array<Record<string, any>>;
    assert.deepEqual(
      clusters.map((cluster) => [cluster["name"], cluster["status"]]),
      [
        ["first", "200"],
        ["second", "100"],
      ],
    );
  });

  it("listClusters: returns null flavor, volume and config_status for instances (spec §2.4)", () => {
    const harness = new CdmHarness();
    harness.runningCluster();
    const [cluster] = harness.ok(listClusters)["clusters"] as Array<Record<string, any>>;
    assert.equal(cluster?.["instances"][0]["flavor"], null);
    assert.equal(cluster?.["instances"][0]["volume"], null);
    assert.equal(cluster?.["vpc_id"], undefined);
  });

  it("listClusters: answers an empty list for another project", () => {
    const harness = new CdmHarness();
    harness.runningCluster();
    assert.deepEqual(harness.ok(listClusters, { projectId: "f".repeat(32) }), { clusters: [] });
  });
});
