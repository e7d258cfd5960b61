import { strict as assert } from "node:assert";
import {
  assertShortError,
  CdmEmulator,
  OTHER_PROJECT,
  UNKNOWN_CLUSTER,
  WITH_OTHER_PROJECT,
} from "./cdmEmulator";
import { SMALL_FLAVOR } from "./cdmFixtures";

describe("CDM showCluster", () => {
  describe("with the default options", () => {
    const cdm = CdmEmulator.forEachTestOfSuite({}, WITH_OTHER_PROJECT);

    it("showCluster: returns the detail fields of spec §2.3 with string status codes", async () => {
      const id = await cdm.runningCluster("cdm-c018");
      const shown = await cdm.showCluster(id);
      assert.equal(shown["id"], id);
      assert.equal(shown["name"], "cdm-c018");
      assert.equal(shown["status"], "200");
      assert.equal(shown["flavorName"], "cdm.small");
      assert.equal(shown["azName"], "cn-north-4a");
      assert.equal(shown["subnet_id"], "2d120298-6130-44d4-a438-454912fff901");
      assert.equal(shown["isFrozen"], "0");
      assert.match(shown["created"], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
      assert.equal(shown["instances"][0]["flavor"]["id"], SMALL_FLAVOR);
    });

    it("showCluster: answers 404 Cdm.0001 in CDM's short shape for an unknown cluster", async () => {
      assertShortError(await cdm.call("GET", `/clusters/${UNKNOWN_CLUSTER}`), 404, "Cdm.0001");
      assert.equal(cdm.requests("showCluster")[0]?.errorCode, "Cdm.0001");
    });

    it("showCluster: does not show a cluster of another project", async () => {
      const id = await cdm.runningCluster();
      const answer = await cdm.callInProject(OTHER_PROJECT, "GET", `/clusters/${id}`);
      assertShortError(answer, 404, "Cdm.0001");
    });
  });

  describe("with cdmClusterNotFoundStatus 400", () => {
    const cdm = CdmEmulator.forEachTestOfSuite({ cdmClusterNotFoundStatus: 400 });

    it("showCluster: answers 400 Cdm.0001 when cdmClusterNotFoundStatus is 400", async () => {
      assertShortError(await cdm.call("GET", `/clusters/${UNKNOWN_CLUSTER}`), 400, "Cdm.0001");
    });
  });
});
