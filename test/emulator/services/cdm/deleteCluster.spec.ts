import { strict as assert } from "node:assert";
import { deleteCluster } from "../../../../emulator/services/cdm/deleteCluster";
import { listClusters } from "../../../../emulator/services/cdm/listClusters";
import { showCluster } from "../../../../emulator/services/cdm/showCluster";
import { showLink } from "../../../../emulator/services/cdm/showLink";
import { CdmHarness, clusterWithLinks } from "./cdmHarness";

describe("CDM deleteCluster", () => {
  it("deleteCluster: answers 202 with a 32-hex jobId", () => {
    const harness = new CdmHarness();
    const id = harness.runningCluster();
    const answer = harness.call(deleteCluster, {
      path: { cluster_id: id },
      body: { keep_last_manual_backup: 0 },
    });
    assert.equal(answer.status, 202);
    assert.match((answer.body as Record<string, string>)["jobId"] ?? "", /^[0-9a-f]{32}$/);
  });

  it("deleteCluster: keeps the cluster visible until the delete duration passes, then 404", () => {
    const harness = new CdmHarness({ cdmClusterDeleteMs: 30_000 });
    const id = harness.runningCluster();
    harness.ok(deleteCluster, { path: { cluster_id: id }, body: { keep_last_manual_backup: 0 } });
    harness.clock.advance(29_999);
    assert.equal(harness.ok(showCluster, { path: { cluster_id: id } })["id"], id);
    harness.clock.advance(1);
    assert.equal(harness.fail(showCluster, { path: { cluster_id: id } }).status, 404);
    assert.deepEqual(harness.ok(listClusters), { clusters: [] });
  });

  it("deleteCluster: removes the cluster's links and jobs with it", () => {
    const harness = new CdmHarness({ cdmClusterDeleteMs: 0 });
    const id = clusterWithLinks(harness);
    harness.ok(deleteCluster, { path: { cluster_id: id }, body: { keep_last_manual_backup: 0 } });
    const err = harness.fail(showLink, { path: { cluster_id: id, link_name: "mysql_link" } });
    assert.equal(err.code, "Cdm.0001");
    assert.deepEqual(harness.state.clusters, {});
  });

  it("deleteCluster: requires keep_last_manual_backup (400 Cdm.0014)", () => {
    const harness = new CdmHarness();
    const id = harness.runningCluster();
    assert.equal(
      harness.fail(deleteCluster, { path: { cluster_id: id }, body: {} }).code,
      "Cdm.0014",
    );
  });

  it("deleteCluster: answers 404 Cdm.0001 for an unknown cluster", () => {
    const err = new CdmHarness().fail(deleteCluster, {
      path: { cluster_id: "nope" },
      body: { keep_last_manual_backup: 0 },
    });
    assert.equal(err.status, 404);
    assert.equal(err.code, "Cdm.0001");
  });
});
