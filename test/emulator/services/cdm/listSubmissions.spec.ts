import { strict as assert } from "node:assert";
import { assertShortError, CdmEmulator } from "./cdmEmulator";

describe("CDM listSubmissions", () => {
  const cdm = CdmEmulator.forEachTestOfSuite();
  let cluster: string;
  beforeEach(async () => {
    cluster = await cdm.clusterWithJob();
  });

  const history = (query: Record<string, string>) =>
    cdm.call("GET", `/clusters/${cluster}/cdm/submissions`, { query });

  it("listSubmissions: lists every run of the job, newest first, with the total", async () => {
    await cdm.start(cluster);
    cdm.advance(70_000);
    await cdm.start(cluster);
    const body = (await history({ jname: "mysql2obs" })).body;
    const runs = body["submissions"] as Array<Record<string, unknown>>;
    assert.deepEqual(
      runs.map((run) => run["submission-id"]),
      [2, 1],
    );
    assert.deepEqual(
      runs.map((run) => run["status"]),
      ["BOOTING", "SUCCEEDED"],
    );
    assert.equal(body["total"], 2);
    assert.equal(body["page_no"], 1);
    assert.equal(body["page_size"], 10);
  });

  it("listSubmissions: answers an empty history for a job that never ran", async () => {
    const body = (await history({ jname: "mysql2obs" })).body;
    assert.deepEqual(body["submissions"], []);
    assert.equal(body["total"], 0);
  });

  it("listSubmissions: rejects a call without jname with 400 Cdm.0014", async () => {
    assertShortError(await history({}), 400, "Cdm.0014");
  });

  it("listSubmissions: answers 400 Cdm.0100 for a job that does not exist", async () => {
    assertShortError(await history({ jname: "nope" }), 400, "Cdm.0100");
  });
});
