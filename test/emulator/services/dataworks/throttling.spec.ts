import { strict as assert } from "node:assert";
import { DATAWORKS_ACTIONS } from "../../../../emulator/services/dataworks";
import { DataWorksHarness, STANDARD } from "./dataWorksHarness";

/** The level of every action in scope, copied from spec/dataworks.md §1.8. */
const SPEC_LEVELS: Readonly<Record<string, 1 | 2 | 3>> = {
  CreateFile: 3,
  UpdateFile: 2,
  GetFile: 1,
  DeleteFile: 3,
  ListFiles: 1,
  SubmitFile: 3,
  DeployFile: 3,
  GetDeployment: 1,
  CheckFileDeployment: 1,
  ListDeployments: 1,
  ListFileVersions: 1,
  GetFileVersion: 1,
  CreateFolder: 2,
  GetFolder: 1,
  UpdateFolder: 2,
  DeleteFolder: 3,
  ListFolders: 1,
  CreateBusiness: 2,
  UpdateBusiness: 2,
  GetBusiness: 1,
  DeleteBusiness: 3,
  ListBusiness: 1,
  CreateUdfFile: 2,
  UpdateUdfFile: 2,
  CreateDataSource: 2,
  UpdateDataSource: 2,
  ListDataSources: 3,
  DeleteDataSource: 2,
  GetProject: 1,
  ListFileType: 1,
};

describe("DataWorks emulator: throttling levels", () => {
  let dw: DataWorksHarness | undefined;
  afterEach(() => dw?.close());
  const P = { ProjectId: STANDARD };

  it("declares the documented level for every action", () => {
    const declared = Object.fromEntries(
      Object.entries(DATAWORKS_ACTIONS).map(([name, action]) => [name, action.level]),
    );
    assert.deepEqual(declared, SPEC_LEVELS);
  });

  it("answers Throttling.Api (429) to the sixth level-3 call within a second, by default", async () => {
    dw = await DataWorksHarness.start({ throttle: true });
    await dw.business("t");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (
          await dw.call("CreateFile", {
            ...P,
            FileFolderPath: "业务流程/t/MaxCompute",
            FileName: `f${i}`,
            FileType: 10,
            InputList: "x",
          })
        ).status,
      );
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429]);
    const logged = dw.lastRequest("CreateFile");
    assert.deepEqual([logged.status, logged.errorCode], [429, "Throttling.Api"]);
    assert.equal(Object.keys(dw.state().files).length, 5);
  });

  it("shares one bucket among all actions of a level: ListDataSources and DeleteFolder count with CreateFile", async () => {
    dw = await DataWorksHarness.start({ throttle: { dataworksQps: { 3: 2 } } });
    assert.equal((await dw.call("ListDataSources", P)).status, 200);
    assert.equal((await dw.call("DeleteFolder", { ...P, FolderId: "000000000000" })).status, 400);
    const third = await dw.call("ListDataSources", P);
    assert.deepEqual([third.status, third.body["Code"]], [429, "Throttling.Api"]);
    // Level 1 is untouched.
    assert.equal((await dw.call("GetProject", P)).status, 200);
  });

  it("refills the bucket as emulator time advances", async () => {
    dw = await DataWorksHarness.start({ throttle: { dataworksQps: { 2: 1 } } });
    assert.equal((await dw.call("CreateBusiness", { ...P, BusinessName: "a" })).status, 200);
    assert.equal((await dw.call("CreateBusiness", { ...P, BusinessName: "b" })).status, 429);
    dw.advance(1_000);
    assert.equal((await dw.call("CreateBusiness", { ...P, BusinessName: "b" })).status, 200);
  });

  it("answers Throttling.Api.Risk once the level-3 daily cap is used, until the next day", async () => {
    dw = await DataWorksHarness.start({ throttle: { dataworksDailyCap: 3 } });
    for (let i = 0; i < 3; i++) {
      dw.advance(1_000);
      assert.equal((await dw.call("ListDataSources", P)).status, 200);
    }
    dw.advance(1_000);
    const capped = await dw.call("ListDataSources", P);
    assert.deepEqual([capped.status, capped.body["Code"]], [429, "Throttling.Api.Risk"]);
    assert.equal(
      capped.body["Message"],
      "The request for this resource has exceeded your daily available limit.",
    );
    assert.equal(dw.lastRequest("ListDataSources").errorCode, "Throttling.Api.Risk");
    // Level 1 and 2 have no daily cap.
    assert.equal((await dw.call("GetProject", P)).status, 200);
    dw.advance(24 * 3_600_000);
    assert.equal((await dw.call("ListDataSources", P)).status, 200);
  });

  it("never throttles with throttle: false", async () => {
    dw = await DataWorksHarness.start({ throttle: false });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await dw.call("ListDataSources", P)).status);
    assert.ok(statuses.every((s) => s === 200));
  });
});
