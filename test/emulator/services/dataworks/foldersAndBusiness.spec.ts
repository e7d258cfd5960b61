import { strict as assert } from "node:assert";
import { DataWorksHarness, STANDARD } from "./dataWorksHarness";

describe("DataWorks emulator: folders and business flows", () => {
  let dw: DataWorksHarness;
  beforeEach(async () => {
    dw = await DataWorksHarness.start();
  });
  afterEach(() => dw.close());
  const P = { ProjectId: STANDARD };

  it("CreateBusiness: answers BusinessId at the top level, without Data (§1.6)", async () => {
    const body = await dw.ok("CreateBusiness", {
      ...P,
      BusinessName: "我的业务流程",
      Description: "d",
    });
    assert.deepEqual(Object.keys(body).sort(), [
      "BusinessId",
      "HttpStatusCode",
      "RequestId",
      "Success",
    ]);
    assert.equal(dw.state().businesses[String(body["BusinessId"])]!.useType, "NORMAL");
  });

  it("CreateBusiness: selects the workspace by ProjectIdentifier", async () => {
    const id = (
      await dw.ok("CreateBusiness", { ProjectIdentifier: "dp_simple", BusinessName: "s" })
    )["BusinessId"];
    assert.equal(dw.state().businesses[String(id)]!.projectId, 10001);
  });

  it("GetBusiness: returns the documented fields", async () => {
    const id = await dw.business("read_me", STANDARD, { Description: "desc", Owner: "42" });
    const data = (await dw.ok("GetBusiness", { ...P, BusinessId: id }))["Data"];
    assert.deepEqual(data, {
      BusinessId: id,
      BusinessName: "read_me",
      Description: "desc",
      Owner: "42",
      ProjectId: STANDARD,
      UseType: "NORMAL",
    });
  });

  it("UpdateBusiness: a rename re-paths the flow's folders and keeps every ID", async () => {
    const id = await dw.business("before");
    const folderId = (
      await dw.ok("CreateFolder", { ...P, FolderPath: "业务流程/before/MaxCompute/ods" })
    )["Data"];
    await dw.ok("UpdateBusiness", { ...P, BusinessId: id, BusinessName: "after" });
    const folder = (await dw.ok("GetFolder", { ...P, FolderId: folderId }))["Data"];
    assert.equal(folder.FolderPath, "业务流程/after/MaxCompute/ods");
    assert.equal(dw.state().businesses[String(id)]!.name, "after");
  });

  it("ListBusiness: pages and matches Keyword fuzzily", async () => {
    for (const name of ["sales_daily", "Sales_weekly", "finance"]) await dw.business(name);
    const page = (
      await dw.ok("ListBusiness", { ...P, PageNumber: 1, PageSize: 1, Keyword: "sales" })
    )["Data"];
    assert.deepEqual(
      [page.TotalCount, page.Business.length, page.Business[0].BusinessName],
      [2, 1, "sales_daily"],
    );
    const second = (
      await dw.ok("ListBusiness", { ...P, PageNumber: 2, PageSize: 1, Keyword: "sales" })
    )["Data"];
    assert.equal(second.Business[0].BusinessName, "Sales_weekly");
  });

  it("DeleteBusiness: refuses a flow that still holds a file, then deletes it once empty", async () => {
    const id = await dw.business("busy");
    const fileId = await dw.file("inside", { flow: "busy" });
    const body = await dw.fails(
      "DeleteBusiness",
      { ...P, BusinessId: id },
      400,
      "Invalid.Operation",
    );
    assert.match(body["Message"], /inside/);
    await dw.ok("DeleteFile", { ...P, FileId: fileId });
    await dw.ok("DeleteBusiness", { ...P, BusinessId: id });
    assert.equal(dw.state().businesses[String(id)], undefined);
    assert.equal(Object.keys(dw.state().folders).length, 0);
  });

  it("DeleteBusiness: deletes a non-empty flow with option strictDelete false", async () => {
    await dw.close();
    dw = await DataWorksHarness.start({ serviceOptions: { "dataworks.strictDelete": false } });
    const id = await dw.business("busy");
    await dw.file("inside", { flow: "busy" });
    await dw.ok("DeleteBusiness", { ...P, BusinessId: id });
  });

  it("CreateFolder: creates missing parents and answers the FolderId in Data", async () => {
    await dw.business("tree");
    const id = (await dw.ok("CreateFolder", { ...P, FolderPath: "业务流程/tree/MaxCompute/a/b" }))[
      "Data"
    ] as string;
    assert.match(id, /^[0-9a-f]{12}$/);
    assert.deepEqual(
      Object.values(dw.state().folders)
        .map((f) => [f.path, f.implicit])
        .sort(),
      [
        ["业务流程/tree", true],
        ["业务流程/tree/MaxCompute", true],
        ["业务流程/tree/MaxCompute/a", true],
        ["业务流程/tree/MaxCompute/a/b", false],
      ],
    );
  });

  it("CreateFolder: adopts a folder that only existed on the way to a deeper one", async () => {
    await dw.business("tree");
    await dw.ok("CreateFolder", { ...P, FolderPath: "业务流程/tree/MaxCompute/a/b" });
    const parent = Object.values(dw.state().folders).find(
      (f) => f.path === "业务流程/tree/MaxCompute/a",
    )!;
    assert.equal(
      (await dw.ok("CreateFolder", { ...P, FolderPath: "业务流程/tree/MaxCompute/a" }))["Data"],
      parent.folderId,
    );
  });

  it("GetFolder: finds a folder by path", async () => {
    await dw.business("tree");
    const id = (
      await dw.ok("CreateFolder", { ...P, FolderPath: "业务流程/tree/MaxCompute/ods层" })
    )["Data"];
    const data = (await dw.ok("GetFolder", { ...P, FolderPath: "业务流程/tree/MaxCompute/ods层" }))[
      "Data"
    ];
    assert.deepEqual(data, { FolderId: id, FolderPath: "业务流程/tree/MaxCompute/ods层" });
  });

  it("UpdateFolder: renames the last segment and re-paths the files' folder", async () => {
    const fileId = await dw.file("f", {
      flow: "tree",
      extra: { FileFolderPath: "业务流程/tree/MaxCompute/old" },
    });
    const folderId = dw.state().files[String(fileId)]!.folderId;
    await dw.ok("UpdateFolder", { ...P, FolderId: folderId, FolderName: "new" });
    assert.equal(dw.state().folders[folderId]!.path, "业务流程/tree/MaxCompute/new");
    const listed = (
      await dw.ok("ListFiles", { ...P, FileFolderPath: "业务流程/tree/MaxCompute/new" })
    )["Data"];
    assert.equal(listed.Files[0].FileId, fileId);
  });

  it("DeleteFolder: refuses a folder with a sub-folder (Invalid.Operation)", async () => {
    await dw.business("tree");
    await dw.ok("CreateFolder", { ...P, FolderPath: "业务流程/tree/MaxCompute/a/b" });
    const a = Object.values(dw.state().folders).find(
      (f) => f.path === "业务流程/tree/MaxCompute/a",
    )!;
    await dw.fails("DeleteFolder", { ...P, FolderId: a.folderId }, 400, "Invalid.Operation");
    assert.ok(dw.state().folders[a.folderId]);
  });

  it("ListFolders: lists direct children only, paged", async () => {
    await dw.business("tree");
    for (const leaf of ["a", "b", "c/deep"])
      await dw.ok("CreateFolder", { ...P, FolderPath: `业务流程/tree/MaxCompute/${leaf}` });
    const data = (
      await dw.ok("ListFolders", {
        ...P,
        ParentFolderPath: "业务流程/tree/MaxCompute",
        PageNumber: 1,
        PageSize: 2,
      })
    )["Data"];
    assert.deepEqual([data.TotalCount, data.Folders.length], [3, 2]);
    assert.ok(data.Folders.every((f: any) => !f.FolderPath.endsWith("deep")));
  });
});
