import { strict as assert } from "node:assert";
import type { Answer } from "../../helpers/clients";
import { assertShortError, CdmEmulator, UNKNOWN_CLUSTER } from "./cdmEmulator";

/** How long a deletion takes here (spec/cdm.md §2.5: asynchronous, 202 then gone). */
const DELETE_MS = 30_000;

/** The body the seed sends (spec/cdm.md §2.5: `keep_last_manual_backup` is required). */
const DELETE_BODY = { keep_last_manual_backup: 0 };

describe("CDM deleteCluster", () => {
  const cdm = CdmEmulator.forEachTestOfSuite({ cdmClusterDeleteMs: DELETE_MS });

  const remove = (id: string, body: unknown = DELETE_BODY): Promise<Answer> =>
    cdm.call("DELETE", `/clusters/${id}`, { body });

  it("deleteCluster: answers 202 with a 32-hex jobId", async () => {
    const id = await cdm.runningCluster();
    const answer = await remove(id);
    assert.equal(answer.status, 202);
    assert.match(String(answer.body["jobId"]), /^[0-9a-f]{32}$/);
  });

  it("deleteCluster: records when the cluster disappears in the state", async () => {
    const id = await cdm.runningCluster();
    await remove(id);
    assert.equal(cdm.state().clusters[id]!.deleteAt, cdm.emulator.now() + DELETE_MS);
  });

  it("deleteCluster: keeps the cluster visible until the delete duration passes, then 404", async () => {
    const id = await cdm.runningCluster();
    await remove(id);
    cdm.advance(DELETE_MS - 1);
    assert.equal((await cdm.showCluster(id))["id"], id);
    cdm.advance(1);
    assertShortError(await cdm.call("GET", `/clusters/${id}`), 404, "Cdm.0001");
    assert.deepEqual(await cdm.ok("GET", "/clusters"), { clusters: [] });
  });

  it("deleteCluster: accepts a second delete without moving the deadline", async () => {
    const id = await cdm.runningCluster();
    await remove(id);
    const deleteAt = cdm.state().clusters[id]!.deleteAt;
    cdm.advance(DELETE_MS / 2);
    assert.equal((await remove(id)).status, 202);
    assert.equal(cdm.state().clusters[id]!.deleteAt, deleteAt);
  });

  it("deleteCluster: removes the cluster's links and jobs with it", async () => {
    const id = await cdm.clusterWithJob();
    await remove(id);
    cdm.advance(DELETE_MS);
    const answer = await cdm.call("GET", `/clusters/${id}/cdm/link/mysql_link`);
    assertShortError(answer, 404, "Cdm.0001");
    assert.deepEqual(cdm.state().clusters, {});
  });

  it("deleteCluster: requires keep_last_manual_backup (400 Cdm.0014)", async () => {
    const id = await cdm.runningCluster();
    assertShortError(await remove(id, {}), 400, "Cdm.0014");
    assert.equal(cdm.state().clusters[id]!.deleteAt, undefined);
  });

  it("deleteCluster: answers 404 Cdm.0001 for an unknown cluster", async () => {
    assertShortError(await remove(UNKNOWN_CLUSTER), 404, "Cdm.0001");
    assert.equal(cdm.requests("deleteCluster")[0]?.errorCode, "Cdm.0001");
  });

  it("deleteCluster: logs the body it was sent", async () => {
    const id = await cdm.runningCluster();
    await remove(id);
    const [entry] = cdm.requests("deleteCluster");
    assert.equal(entry?.status, 202);
    assert.deepEqual((entry?.parameters as { body: unknown }).body, DELETE_BODY);
  });
});
