import { strict as assert } from "node:assert";
import { showCluster } from "../../../../emulator/services/cdm/showCluster";
import { CdmHarness } from "./cdmHarness";

describe("CDM showCluster", () => {
  it("showCluster: returns the detail fields of spec §2.3 with string status codes", () => {
    const harness = new CdmHarness();
    const id = harness.runningCluster("cdm-c018");
    const shown = harness.ok(showCluster, { path: { cluster_id: id } });
    assert.equal(shown["id"], id);
    assert.equal(shown["name"], "cdm-c018");
    assert.equal(shown["flavorName"], "cdm.small");
    assert.equal(shown["azName"], "cn-north-4a");
    assert.equal(shown["subnet_id"], "2d120298-6130-44d4-a438-454912fff901");
    assert.equal(shown["isFrozen"], "0");
    assert.match(shown["created"], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    assert.equal(shown["instances"][0]["flavor"]["id"], "a79fd5ae-1833-448a-88e8-3ea2b913e1f6");
  });

  it("showCluster: answers 404 Cdm.0001 in CDM's short shape for an unknown cluster", () => {
    const err = new CdmHarness().fail(showCluster, { path: { cluster_id: "nope" } });
    assert.equal(err.status, 404);
    assert.equal(err.code, "Cdm.0001");
    assert.deepEqual(Object.keys(err.body ?? {}), ["errCode", "externalMessage"]);
  });

  it("showCluster: answers 400 Cdm.0001 when cdmClusterNotFoundStatus is 400", () => {
    const harness = new CdmHarness({ cdmClusterNotFoundStatus: 400 });
    assert.equal(harness.fail(showCluster, { path: { cluster_id: "nope" } }).status, 400);
  });

  it("showCluster: does not show a cluster of another project", () => {
    const harness = new CdmHarness();
    const id = harness.runningCluster();
    const err = harness.fail(showCluster, { path: { cluster_id: id }, projectId: "f".repeat(32) });
    assert.equal(err.code, "Cdm.0001");
  });
});
