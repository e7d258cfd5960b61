import { strict as assert } from "node:assert";
import { CDM_TEST_OPTIONS, CdmEmulator, OTHER_PROJECT, WITH_OTHER_PROJECT } from "./cdmEmulator";
import { clusterBody } from "./cdmFixtures";

describe("CDM listClusters", () => {
  const cdm = CdmEmulator.forEachTestOfSuite({}, WITH_OTHER_PROJECT);

  const list = async (): Promise<Array<Record<string, any>>> =>
    (await cdm.ok("GET", "/clusters"))["clusters"];

  it("listClusters: lists the project's clusters oldest first with their current status", async () => {
    await cdm.createCluster(clusterBody("first"));
    cdm.advance(CDM_TEST_OPTIONS.cdmClusterCreateMs);
    await cdm.createCluster(clusterBody("second"));
    assert.deepEqual(
      (await list()).map((cluster) => [cluster["name"], cluster["status"]]),
      [
        ["first", "200"],
        ["second", "100"],
      ],
    );
  });

  it("listClusters: returns null flavor, volume and config_status for instances (spec §2.4)", async () => {
    await cdm.runningCluster();
    const [cluster] = await list();
    assert.equal(cluster?.["instances"][0]["flavor"], null);
    assert.equal(cluster?.["instances"][0]["volume"], null);
    assert.equal(cluster?.["instances"][0]["config_status"], null);
  });

  it("listClusters: leaves out vpc_id, which the list elements do not document (spec §2.4)", async () => {
    await cdm.runningCluster();
    const [cluster] = await list();
    assert.equal(cluster?.["vpc_id"], undefined);
  });

  it("listClusters: answers an empty list for another project", async () => {
    await cdm.runningCluster();
    const answer = await cdm.callInProject(OTHER_PROJECT, "GET", "/clusters");
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { clusters: [] });
    assert.equal(Object.keys(cdm.state().clusters).length, 1);
  });
});
