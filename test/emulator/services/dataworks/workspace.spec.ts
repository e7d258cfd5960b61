import { strict as assert } from "node:assert";
import { DataWorksHarness, SIMPLE, STANDARD } from "./dataWorksHarness";

describe("DataWorks emulator: GetProject and ListFileType", () => {
  let dw: DataWorksHarness;
  before(async () => {
    dw = await DataWorksHarness.start();
  });
  after(() => dw.close());

  it("GetProject: describes the seeded standard-mode workspace dp_demo", async () => {
    const body = await dw.ok("GetProject", { ProjectId: STANDARD });
    assert.deepEqual(Object.keys(body).sort(), ["Data", "HttpStatusCode", "RequestId", "Success"]);
    const data = body["Data"];
    assert.deepEqual(
      [
        data.ProjectId,
        data.ProjectIdentifier,
        data.ProjectMode,
        data.EnvTypes,
        data.Status,
        data.IsDefault,
      ],
      [STANDARD, "dp_demo", 3, ["DEV", "PROD"], 0, 1],
    );
  });

  it("GetProject: describes the seeded simple-mode workspace dp_simple with only PROD", async () => {
    const data = (await dw.ok("GetProject", { ProjectId: SIMPLE }))["Data"];
    assert.deepEqual(
      [data.ProjectIdentifier, data.ProjectMode, data.EnvTypes],
      ["dp_simple", 2, ["PROD"]],
    );
  });

  it("GetProject: answers Invalid.Tenant.ProjectNotExists for an unknown workspace", async () => {
    const body = await dw.fails(
      "GetProject",
      { ProjectId: 27 },
      400,
      "Invalid.Tenant.ProjectNotExists",
    );
    assert.equal(body["Message"], "The project does not exist.");
  });

  it("GetProject: answers MissingParameter without ProjectId", async () => {
    await dw.fails("GetProject", {}, 400, "MissingParameter");
  });

  it("ListFileType: answers NodeTypeInfoList without a Data wrapper, types as an array", async () => {
    const body = await dw.ok("ListFileType", { ProjectId: STANDARD, PageNumber: 1, PageSize: 50 });
    assert.deepEqual(Object.keys(body).sort(), ["NodeTypeInfoList", "RequestId"]);
    const list = body["NodeTypeInfoList"];
    assert.ok(Array.isArray(list.NodeTypeInfo));
    assert.deepEqual(list.NodeTypeInfo[1], { NodeType: 10, NodeTypeName: "ODPS SQL" });
    assert.equal(list.TotalCount, list.NodeTypeInfo.length);
  });

  it("ListFileType: matches Keyword fuzzily in the language of Locale", async () => {
    const zh = (
      await dw.ok("ListFileType", {
        ProjectId: STANDARD,
        PageNumber: 1,
        PageSize: 100,
        Keyword: "节点",
      })
    )["NodeTypeInfoList"];
    assert.ok(zh.NodeTypeInfo.some((t: any) => t.NodeType === 99));
    const en = (
      await dw.ok("ListFileType", {
        ProjectIdentifier: "dp_demo",
        PageNumber: 1,
        PageSize: 100,
        Keyword: "emr",
        Locale: "en-US",
      })
    )["NodeTypeInfoList"];
    assert.deepEqual(
      en.NodeTypeInfo.map((t: any) => t.NodeType),
      [227, 228, 229, 230, 257, 258, 259, 260],
    );
  });

  it("ListFileType: pages the node types", async () => {
    const page = (await dw.ok("ListFileType", { ProjectId: STANDARD, PageNumber: 2, PageSize: 5 }))[
      "NodeTypeInfoList"
    ];
    assert.deepEqual([page.PageNumber, page.PageSize, page.NodeTypeInfo.length], [2, 5, 5]);
  });

  it("ListFileType: answers MissingParameter without PageSize (required)", async () => {
    await dw.fails("ListFileType", { ProjectId: STANDARD, PageNumber: 1 }, 400, "MissingParameter");
  });

  it("ListFileType: answers Invalid.Param for PageSize 101 and an unknown Locale", async () => {
    await dw.fails(
      "ListFileType",
      { ProjectId: STANDARD, PageNumber: 1, PageSize: 101 },
      400,
      "Invalid.Param",
    );
    await dw.fails(
      "ListFileType",
      { ProjectId: STANDARD, PageNumber: 1, PageSize: 1, Locale: "fr-FR" },
      400,
      "Invalid.Param",
    );
  });

  it("ListFileType: answers MissingParameter without a workspace", async () => {
    await dw.fails("ListFileType", { PageNumber: 1, PageSize: 10 }, 400, "MissingParameter");
  });
});
