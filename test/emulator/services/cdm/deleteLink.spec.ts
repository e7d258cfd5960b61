import { strict as assert } from "node:assert";
import { assertShortError, CdmEmulator, UNKNOWN_CLUSTER } from "./cdmEmulator";

describe("CDM deleteLink", () => {
  const cdm = CdmEmulator.forEachTestOfSuite();
  let cluster: string;
  beforeEach(async () => {
    cluster = await cdm.clusterWithLinks();
  });

  it("deleteLink: deletes an unused link and answers 200 {}", async () => {
    const answer = await cdm.call("DELETE", `/clusters/${cluster}/cdm/link/obs_link`);
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, {});
    assert.equal(cdm.state().clusters[cluster]!.links["obs_link"], undefined);
  });

  it("deleteLink: makes the link unreadable afterwards (400 Cdm.0101)", async () => {
    await cdm.call("DELETE", `/clusters/${cluster}/cdm/link/obs_link`);
    assertShortError(
      await cdm.call("GET", `/clusters/${cluster}/cdm/link/obs_link`),
      400,
      "Cdm.0101",
    );
  });

  it("deleteLink: refuses a link used by a job with the seed's 500 Cdm.0021 body", async () => {
    await cdm.job(cluster);
    const answer = await cdm.call("DELETE", `/clusters/${cluster}/cdm/link/mysql_link`);
    assert.equal(answer.status, 500);
    assert.deepEqual(answer.body, {
      errCode: "Cdm.0021",
      externalMessage: "Given link name is in use",
    });
    assert.ok(cdm.state().clusters[cluster]!.links["mysql_link"]);
  });

  it("deleteLink: refuses the destination link of a job as well", async () => {
    await cdm.job(cluster);
    assert.equal((await cdm.call("DELETE", `/clusters/${cluster}/cdm/link/obs_link`)).status, 500);
  });

  it("deleteLink: deletes the link once the job using it is deleted", async () => {
    await cdm.job(cluster);
    await cdm.ok("DELETE", `/clusters/${cluster}/cdm/job/mysql2obs`);
    assert.equal(
      (await cdm.call("DELETE", `/clusters/${cluster}/cdm/link/mysql_link`)).status,
      200,
    );
  });

  it("deleteLink: answers 400 Cdm.0101 for a link that does not exist", async () => {
    assertShortError(
      await cdm.call("DELETE", `/clusters/${cluster}/cdm/link/nope`),
      400,
      "Cdm.0101",
    );
  });

  it("deleteLink: answers 404 Cdm.0001 for an unknown cluster", async () => {
    const answer = await cdm.call("DELETE", `/clusters/${UNKNOWN_CLUSTER}/cdm/link/x`);
    assertShortError(answer, 404, "Cdm.0001");
  });

  it("deleteLink: logs the in-use refusal with its error code", async () => {
    await cdm.job(cluster);
    await cdm.call("DELETE", `/clusters/${cluster}/cdm/link/mysql_link`);
    const [entry] = cdm.requests("deleteLink");
    assert.equal(entry?.status, 500);
    assert.equal(entry?.errorCode, "Cdm.0021");
  });
});
