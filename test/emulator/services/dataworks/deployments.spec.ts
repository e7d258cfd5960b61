import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DataWorksHarness, STANDARD } from "./dataWorksHarness";

/**
 * Deployment packages pass through their documented statuses over emulator time (spec §4.3,
 * lifecycle `dataworks::deployment`): queued (Status 0), executing (Status 0 with ExecuteTime),
 * finished (Status 1, or 2 with ErrorMessage); with an extension check, CheckingStatus 8 then 7.
 */
describe("DataWorks emulator: deployments over time", () => {
  let dw: DataWorksHarness;
  afterEach(() => dw.close());
  const P = { ProjectId: STANDARD };

  async function submitted(name: string): Promise<{ fileId: number; deploymentId: number }> {
    const fileId = await dw.file(name);
    const deploymentId = (await dw.ok("SubmitFile", { ...P, FileId: fileId }))["Data"] as number;
    return { fileId, deploymentId };
  }

  it("GetDeployment: a submit package is queued, then executing, then successful as the clock advances", async () => {
    dw = await DataWorksHarness.start();
    const { deploymentId } = await submitted("timeline");
    const created = await dw.deployment(deploymentId);
    assert.deepEqual(
      [created.Status, created.ExecuteTime, created.CheckingStatus],
      [0, undefined, undefined],
    );
    dw.advance(1_000);
    const running = await dw.deployment(deploymentId);
    assert.equal(running.Status, 0);
    assert.equal(running.ExecuteTime, created.CreateTime + 1_000);
    dw.advance(2_000);
    const done = await dw.deployment(deploymentId);
    assert.deepEqual([done.Status, done.ErrorMessage], [1, undefined]);
    assert.match(done.Name, /^timeline-\d{4}-\d{2}-\d{2}_1000000000001$/);
  });

  it("GetDeployment: nothing is stored when a package finishes: the status is derived from the clock", async () => {
    dw = await DataWorksHarness.start();
    const { deploymentId } = await submitted("derived");
    const before = dw.state().deployments[String(deploymentId)];
    dw.advance(60_000);
    await dw.deployment(deploymentId);
    assert.deepEqual(dw.state().deployments[String(deploymentId)], before);
  });

  it("GetDeployment: a package of a file listed in failDeploymentsOf ends with Status 2 and an ErrorMessage", async () => {
    dw = await DataWorksHarness.start({
      serviceOptions: { "dataworks.failDeploymentsOf": "doomed" },
    });
    const { fileId, deploymentId } = await submitted("doomed");
    const failed = await dw.settle(deploymentId);
    assert.equal(failed.Status, 2);
    assert.match(failed.ErrorMessage, /failDeploymentsOf/);
    const version = (await dw.ok("GetFileVersion", { ...P, FileId: fileId, FileVersion: 1 }))[
      "Data"
    ];
    assert.equal(version.Status, "CANCELLED");
  });

  it("GetDeployment: with deploymentCheck fail the submit shows CheckingStatus 8, then 7 with Status 2", async () => {
    dw = await DataWorksHarness.start({ serviceOptions: { "dataworks.deploymentCheck": "fail" } });
    const { deploymentId } = await submitted("checked");
    dw.advance(1_500);
    assert.deepEqual(
      [
        (await dw.deployment(deploymentId)).Status,
        (await dw.deployment(deploymentId)).CheckingStatus,
      ],
      [0, 8],
    );
    const failed = await dw.settle(deploymentId);
    assert.deepEqual([failed.Status, failed.CheckingStatus], [2, 7]);
  });

  it("CheckFileDeployment: an extension's OK lets a waiting submit run to success", async () => {
    dw = await DataWorksHarness.start({
      serviceOptions: { "dataworks.deploymentCheck": "callback" },
    });
    const { deploymentId } = await submitted("callback");
    dw.advance(600_000);
    assert.equal((await dw.deployment(deploymentId)).CheckingStatus, 8);
    const checker = dw.state().deployments[String(deploymentId)]!.check!.checkerInstanceId;
    const body = await dw.ok("CheckFileDeployment", { CheckerInstanceId: checker, Status: "OK" });
    assert.deepEqual(Object.keys(body), ["RequestId"]);
    const done = await dw.settle(deploymentId);
    assert.deepEqual([done.Status, done.CheckingStatus], [1, undefined]);
  });

  it("CheckFileDeployment: answers Invalid.Param for an unknown checker and an unknown Status", async () => {
    dw = await DataWorksHarness.start();
    await dw.fails(
      "CheckFileDeployment",
      { CheckerInstanceId: "66_1_2", Status: "OK" },
      400,
      "Invalid.Param",
    );
    await dw.fails(
      "CheckFileDeployment",
      { CheckerInstanceId: "66_1_2", Status: "MAYBE" },
      400,
      "Invalid.Param",
    );
    await dw.fails("CheckFileDeployment", { Status: "OK" }, 400, "MissingParameter");
  });

  it("ListDeployments: lists packages newest first, filters by Status and answers RequestId and Data only", async () => {
    dw = await DataWorksHarness.start();
    const a = await submitted("list_a");
    dw.advance(60_000);
    const b = await submitted("list_b");
    const body = await dw.ok("ListDeployments", P);
    assert.deepEqual(Object.keys(body).sort(), ["Data", "RequestId"]);
    assert.deepEqual(
      body["Data"].Deployments.map((d: any) => [d.Id, d.Status]),
      [
        [b.deploymentId, 0],
        [a.deploymentId, 1],
      ],
    );
    const finished = (await dw.ok("ListDeployments", { ...P, Status: 1 }))["Data"];
    assert.deepEqual(
      finished.Deployments.map((d: any) => d.Id),
      [a.deploymentId],
    );
    const keyword = (await dw.ok("ListDeployments", { ...P, Keyword: "LIST_B" }))["Data"];
    assert.deepEqual(
      keyword.Deployments.map((d: any) => d.Id),
      [b.deploymentId],
    );
  });

  it("ListDeployments: answers Invalid.Param for Status 3", async () => {
    dw = await DataWorksHarness.start();
    await dw.fails("ListDeployments", { ...P, Status: 3 }, 400, "Invalid.Param");
  });

  it("GetDeployment: answers Invalid.DataStudio.DeploymentNotExists for an unknown ID", async () => {
    dw = await DataWorksHarness.start();
    await dw.fails(
      "GetDeployment",
      { ...P, DeploymentId: 42 },
      400,
      "Invalid.DataStudio.DeploymentNotExists",
    );
  });

  it("GetDeployment: a package survives a restart on a state file and finishes afterwards", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dw-state-"));
    try {
      const stateFile = join(dir, "state.json");
      dw = await DataWorksHarness.start({ stateFile });
      const { deploymentId } = await submitted("persisted");
      await dw.close();
      dw = await DataWorksHarness.start({ stateFile });
      assert.equal((await dw.deployment(deploymentId)).Status, 0);
      assert.equal((await dw.settle(deploymentId)).Status, 1);
    } finally {
      await dw.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
