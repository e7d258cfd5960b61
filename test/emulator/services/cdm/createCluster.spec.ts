import { strict as assert } from "node:assert";
import { PROJECT, type Answer } from "../../helpers/clients";
import { assertShortError, CDM_TEST_OPTIONS, CdmEmulator } from "./cdmEmulator";
import { clusterBody, SMALL_FLAVOR } from "./cdmFixtures";

const CREATE_MS = CDM_TEST_OPTIONS.cdmClusterCreateMs;

describe("CDM createCluster", () => {
  const cdm = CdmEmulator.forEachTestOfSuite({ cdmFailClusterNamePattern: "^broken-" });

  const create = (body: unknown): Promise<Answer> => cdm.call("POST", "/clusters", { body });

  /** Asserts a refusal with 400 Cdm.0014 (spec/cdm.md §1.8) that created nothing. */
  function assertRefused(answer: Answer): void {
    assertShortError(answer, 400, "Cdm.0014");
    assert.deepEqual(cdm.state().clusters, {});
    assert.equal(cdm.requests("createCluster")[0]?.errorCode, "Cdm.0014");
  }

  it("createCluster: answers 202 with the cluster id, task, datastore and instance", async () => {
    const answer = await create(clusterBody("cdm-ab82"));
    assert.equal(answer.status, 202);
    const body = answer.body as Record<string, any>;
    assert.match(body["id"], /^[0-9a-f-]{36}$/);
    assert.equal(body["name"], "cdm-ab82");
    assert.deepEqual(body["datastore"], { type: "cdm", version: "2.9.1.100" });
    assert.equal(body["instances"][0]["type"], "cdm");
    assert.equal(typeof body["task"]["id"], "string");
  });

  it("createCluster: stores the cluster in the caller's project with its creation deadline", async () => {
    const id = await cdm.createCluster(clusterBody("cdm-ab82"));
    const stored = cdm.state().clusters[id]!;
    assert.equal(stored.projectId, PROJECT);
    assert.equal(stored.name, "cdm-ab82");
    assert.equal(stored.flavorRef, SMALL_FLAVOR);
    assert.equal(stored.readyAt, stored.createdAt + CREATE_MS);
    assert.equal(stored.createdAt, cdm.emulator.now());
  });

  it("createCluster: is creating (100) with CREATING progress until the create duration passes", async () => {
    const id = await cdm.createCluster();
    cdm.advance(CREATE_MS * 0.3);
    const shown = await cdm.showCluster(id);
    assert.equal(shown["status"], "100");
    assert.deepEqual(shown["actionProgress"], { CREATING: "30%" });
  });

  it("createCluster: becomes normal (200) with empty actionProgress once created", async () => {
    const id = await cdm.createCluster();
    cdm.advance(CREATE_MS);
    const shown = await cdm.showCluster(id);
    assert.equal(shown["status"], "200");
    assert.equal(shown["statusDetail"], "Normal");
    assert.deepEqual(shown["actionProgress"], {});
    assert.equal(shown["failedReasons"], undefined);
  });

  it("createCluster: ends in 303 with failedReasons when the name matches cdmFailClusterNamePattern", async () => {
    const id = await cdm.createCluster(clusterBody("broken-1"));
    cdm.advance(CREATE_MS);
    const shown = await cdm.showCluster(id);
    assert.equal(shown["status"], "303");
    assert.equal(typeof shown["failedReasons"]["CREATE_FAILED"]["errorMsg"], "string");
  });

  it("createCluster: rejects an unknown flavorRef with 400 Cdm.0014", async () => {
    const body = clusterBody("x") as { cluster: { instances: Array<Record<string, unknown>> } };
    body.cluster.instances[0]!["flavorRef"] = "not-a-flavor";
    assertRefused(await create(body));
  });

  it("createCluster: rejects more than two NICs with 400 Cdm.0014", async () => {
    const nic = { securityGroupId: "sg", "net-id": "subnet" };
    const body = clusterBody("x", {
      instances: [
        { availability_zone: "az", nics: [nic, nic, nic], flavorRef: SMALL_FLAVOR, type: "cdm" },
      ],
    });
    assertRefused(await create(body));
  });

  it("createCluster: rejects isAutoOff together with isScheduleBootOff with 400 Cdm.0014", async () => {
    assertRefused(await create(clusterBody("x", { isAutoOff: true, isScheduleBootOff: true })));
  });

  it("createCluster: accepts the seed's vpId spelling and shows it as vpc_id", async () => {
    const body = clusterBody("x", { vpcId: undefined, vpId: "vpc-from-seed" });
    const id = await cdm.createCluster(body);
    assert.equal((await cdm.showCluster(id))["vpc_id"], "vpc-from-seed");
  });
});
