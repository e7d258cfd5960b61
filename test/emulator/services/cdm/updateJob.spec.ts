import { strict as assert } from "node:assert";
import { assertLongError, assertShortError, CdmEmulator } from "./cdmEmulator";
import { jobsBody } from "./cdmFixtures";

describe("CDM updateJob", () => {
  const cdm = CdmEmulator.forEachTestOfSuite();
  let cluster: string;
  beforeEach(async () => {
    cluster = await cdm.clusterWithJob();
  });

  const update = (name: string, body: unknown) =>
    cdm.call("PUT", `/clusters/${cluster}/cdm/job/${name}`, { body });

  it("updateJob: replaces the configuration and answers an empty validation-result", async () => {
    const answer = await update(
      "mysql2obs",
      jobsBody({ fromInputs: { schemaName: "s", tableName: "orders" } }),
    );
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { "validation-result": [] });
    const [job] = (await cdm.ok("GET", `/clusters/${cluster}/cdm/job/mysql2obs`))["jobs"];
    assert.equal(job["from-config-values"]["configs"][0]["inputs"][1]["value"], "orders");
  });

  it("updateJob: keeps the job's id and creation date", async () => {
    const before = cdm.state().clusters[cluster]!.jobs["mysql2obs"]!;
    cdm.advance(5_000);
    await update("mysql2obs", jobsBody());
    const after = cdm.state().clusters[cluster]!.jobs["mysql2obs"]!;
    assert.equal(after.id, before.id);
    assert.equal(after.creationDate, before.creationDate);
    assert.equal(after.updateDate, before.updateDate + 5_000);
  });

  it("updateJob: rejects a body whose name differs from the path with 400 Cdm.0014 (GAP-54)", async () => {
    assertLongError(await update("mysql2obs", jobsBody({ name: "renamed" })), 400, "Cdm.0014");
  });

  it("updateJob: validates the new body (missing link → 400 Cdm.0101)", async () => {
    assertLongError(await update("mysql2obs", jobsBody({ toLink: "nope" })), 400, "Cdm.0101");
  });

  it("updateJob: refuses a running job with 400 Cdm.0052", async () => {
    await cdm.start(cluster);
    assertShortError(await update("mysql2obs", jobsBody()), 400, "Cdm.0052");
  });

  it("updateJob: answers 400 Cdm.0100 for a job that does not exist (GAP-38)", async () => {
    const answer = await update("obs-obs", jobsBody({ name: "obs-obs" }));
    assertShortError(answer, 400, "Cdm.0100");
    assert.equal(answer.body["externalMessage"], "Job[obs-obs] doesn't exist.");
  });
});
