import { strict as assert } from "node:assert";
import { DataWorksHarness, SIMPLE, STANDARD } from "./dataWorksHarness";

/**
 * The full file lifecycle of spec/dataworks.md §4.2–§4.5 through the wire: folder, business flow,
 * file, submit, poll, deploy, update, resubmit, delete and publish the deletion.
 */
describe("DataWorks emulator: file lifecycle", () => {
  let dw: DataWorksHarness;
  beforeEach(async () => {
    dw = await DataWorksHarness.start();
  });
  afterEach(() => dw.close());

  const P = { ProjectId: STANDARD };

  it("runs create → submit → deploy → update → delete → deploy the deletion in a standard workspace", async () => {
    const businessId = await dw.business("订单流程");
    const folderId = (
      await dw.ok("CreateFolder", { ...P, FolderPath: "业务流程/订单流程/MaxCompute/ods层" })
    )["Data"] as string;
    const fileId = (
      await dw.ok("CreateFile", {
        ...P,
        FileFolderPath: "业务流程/订单流程/MaxCompute/ods层",
        FileName: "ods_orders",
        FileType: 10,
        InputList: "dp_demo_root",
        Content: "SELECT 1;",
        CronExpress: "00 30 05 * * ?",
      })
    )["Data"] as number;

    let file = (await dw.ok("GetFile", { ...P, FileId: fileId }))["Data"];
    assert.deepEqual(
      [
        file.File.CommitStatus,
        file.File.NodeId,
        file.File.BusinessId,
        file.File.FileFolderId,
        file.File.DeletedStatus,
      ],
      [0, undefined, businessId, folderId, "NORMAL"],
    );
    assert.deepEqual(file.NodeConfiguration.OutputList, [
      { Output: "dp_demo.ods_orders", RefTableName: "ods_orders" },
    ]);

    const submitId = (await dw.ok("SubmitFile", { ...P, FileId: fileId, Comment: "first" }))[
      "Data"
    ] as number;
    const submitted = await dw.deployment(submitId);
    assert.deepEqual(
      [submitted.Status, submitted.FromEnvironment, submitted.ToEnvironment],
      [0, 0, 1],
    );
    assert.equal((await dw.settle(submitId)).Status, 1);

    const deployId = (await dw.ok("DeployFile", { ...P, FileId: fileId }))["Data"] as number;
    const deployed = await dw.settle(deployId);
    assert.deepEqual(
      [deployed.Status, deployed.FromEnvironment, deployed.ToEnvironment],
      [1, 1, 2],
    );
    let versions = (await dw.ok("ListFileVersions", { ...P, FileId: fileId }))["Data"].FileVersions;
    assert.deepEqual(
      versions.map((v: any) => [v.FileVersion, v.ChangeType, v.Status, v.IsCurrentProd, v.Comment]),
      [[1, "CREATE", "DEPLOYED", true, "first"]],
    );

    await dw.ok("UpdateFile", { ...P, FileId: fileId, AutoRerunTimes: 3, Content: "SELECT 2;" });
    file = (await dw.ok("GetFile", { ...P, FileId: fileId }))["Data"];
    assert.deepEqual([file.File.CommitStatus, file.File.Content], [0, "SELECT 2;"]);
    const resubmit = (await dw.ok("SubmitFile", { ...P, FileId: fileId }))["Data"] as number;
    await dw.settle(resubmit);
    versions = (await dw.ok("ListFileVersions", { ...P, FileId: fileId }))["Data"].FileVersions;
    // Newest first: the update is committed but production still runs version 1 (§4.8 drift signal).
    assert.deepEqual(
      versions.map((v: any) => [v.FileVersion, v.ChangeType, v.Status, v.IsCurrentProd]),
      [
        [2, "UPDATE", "COMMITTED", false],
        [1, "CREATE", "DEPLOYED", true],
      ],
    );

    const deletion = (await dw.ok("DeleteFile", { ...P, FileId: fileId }))[
      "DeploymentId"
    ] as number;
    assert.equal(typeof deletion, "number");
    assert.equal((await dw.settle(deletion)).Status, 1);
    // In production until the deletion is deployed (§4.5 emulator convention).
    file = (await dw.ok("GetFile", { ...P, FileId: fileId }))["Data"];
    assert.equal(file.File.DeletedStatus, "RECYCLE_BIN");
    assert.equal((await dw.ok("ListFiles", P))["Data"].TotalCount, 0);

    const publishDeletion = (await dw.ok("DeployFile", { ...P, FileId: fileId }))["Data"] as number;
    assert.equal((await dw.settle(publishDeletion)).Status, 1);
    file = (await dw.ok("GetFile", { ...P, FileId: fileId }))["Data"];
    assert.equal(file.File.DeletedStatus, "DELETED");

    // Versions are kept, the deletion among them.
    const kept = dw.state().files[String(fileId)]!;
    assert.deepEqual(
      kept.versions.map((v) => v.changeType),
      ["CREATE", "UPDATE", "DELETE"],
    );
    assert.deepEqual(
      Object.values(dw.state().deployments)
        .filter((d) => d.fileId === fileId)
        .map((d) => d.kind),
      ["submit", "deploy", "submit", "delete", "deployDelete"],
    );
    assert.deepEqual(
      dw
        .requests()
        .filter((r) => r.status === 200)
        .map((r) => r.action)
        .filter(
          (a) =>
            a !== "GetDeployment" &&
            a !== "GetFile" &&
            a !== "ListFileVersions" &&
            a !== "ListFiles",
        ),
      [
        "CreateBusiness",
        "CreateFolder",
        "CreateFile",
        "SubmitFile",
        "DeployFile",
        "UpdateFile",
        "SubmitFile",
        "DeleteFile",
        "DeployFile",
      ],
    );
  });

  it("DeleteFile: deletes a never-submitted file at once with no DeploymentId", async () => {
    const fileId = await dw.file("draft");
    const body = await dw.ok("DeleteFile", { ...P, FileId: fileId });
    assert.equal("DeploymentId" in body, false);
    assert.equal(dw.state().files[String(fileId)], undefined);
    await dw.fails("GetFile", { ...P, FileId: fileId }, 400, "Invalid.DataStudio.FileNotExists");
  });

  it("DeleteFile: answers DeploymentId null with option emptyDeploymentId null", async () => {
    await dw.close();
    dw = await DataWorksHarness.start({
      serviceOptions: { "dataworks.emptyDeploymentId": "null" },
    });
    const fileId = await dw.file("draft");
    assert.equal((await dw.ok("DeleteFile", { ...P, FileId: fileId }))["DeploymentId"], null);
  });

  it("DeleteFile: a submitted but never deployed file is DELETED once the deletion package succeeds", async () => {
    const fileId = await dw.file("dev_only");
    await dw.settle((await dw.ok("SubmitFile", { ...P, FileId: fileId }))["Data"]);
    const deletion = (await dw.ok("DeleteFile", { ...P, FileId: fileId }))[
      "DeploymentId"
    ] as number;
    assert.equal(
      (await dw.ok("GetFile", { ...P, FileId: fileId }))["Data"].File.DeletedStatus,
      "RECYCLE_BIN",
    );
    await dw.settle(deletion);
    assert.equal(
      (await dw.ok("GetFile", { ...P, FileId: fileId }))["Data"].File.DeletedStatus,
      "DELETED",
    );
  });

  it("DeployFile: refuses a file whose submit has not finished", async () => {
    const fileId = await dw.file("early");
    await dw.ok("SubmitFile", { ...P, FileId: fileId });
    await dw.fails("DeployFile", { ...P, FileId: fileId }, 400, "Invalid.Param");
    assert.equal(
      Object.values(dw.state().deployments).filter((d) => d.kind === "deploy").length,
      0,
    );
  });

  it("DeployFile: refuses a file that was never submitted", async () => {
    const fileId = await dw.file("never");
    await dw.fails("DeployFile", { ...P, FileId: fileId }, 400, "Invalid.Param");
  });

  it("DeployFile: finds the file by NodeId", async () => {
    const fileId = await dw.file("by_node");
    await dw.settle((await dw.ok("SubmitFile", { ...P, FileId: fileId }))["Data"]);
    const nodeId = dw.state().files[String(fileId)]!.nodeId!;
    const deploy = (await dw.ok("DeployFile", { ...P, NodeId: nodeId }))["Data"] as number;
    assert.equal(dw.state().deployments[String(deploy)]!.fileId, fileId);
  });

  it("SubmitFile: publishes straight to production in the simple-mode workspace", async () => {
    const fileId = await dw.file("simple_file", { projectId: SIMPLE });
    const submitId = (await dw.ok("SubmitFile", { ProjectId: SIMPLE, FileId: fileId }))[
      "Data"
    ] as number;
    const done = await dw.settle(submitId, SIMPLE);
    assert.deepEqual([done.Status, done.FromEnvironment, done.ToEnvironment], [1, 0, 2]);
    const versions = (await dw.ok("ListFileVersions", { ProjectId: SIMPLE, FileId: fileId }))[
      "Data"
    ].FileVersions;
    assert.deepEqual([versions[0].Status, versions[0].IsCurrentProd], ["DEPLOYED", true]);
  });

  it("DeployFile: is refused in the simple-mode workspace, and a no-op package with option simpleModeDeploy noop", async () => {
    const fileId = await dw.publishedFile("simple_deploy", SIMPLE);
    await dw.fails("DeployFile", { ProjectId: SIMPLE, FileId: fileId }, 400, "Invalid.Param");
    await dw.close();
    dw = await DataWorksHarness.start({ serviceOptions: { "dataworks.simpleModeDeploy": "noop" } });
    const again = await dw.publishedFile("simple_deploy", SIMPLE);
    const deploy = (await dw.ok("DeployFile", { ProjectId: SIMPLE, FileId: again }))[
      "Data"
    ] as number;
    assert.equal((await dw.settle(deploy, SIMPLE)).Status, 1);
  });

  it("GetFile: reads the file by NodeId after the first submit", async () => {
    const fileId = await dw.file("node_read");
    await dw.ok("SubmitFile", { ...P, FileId: fileId });
    const nodeId = dw.state().files[String(fileId)]!.nodeId!;
    const file = (await dw.ok("GetFile", { ...P, NodeId: nodeId }))["Data"].File;
    assert.deepEqual([file.FileName, file.CommitStatus, file.NodeId], ["node_read", 1, nodeId]);
  });

  it("GetFileVersion: returns one snapshot with its scheduling texts", async () => {
    const fileId = await dw.file("snap");
    await dw.ok("SubmitFile", { ...P, FileId: fileId, Comment: "c1" });
    const version = (await dw.ok("GetFileVersion", { ...P, FileId: fileId, FileVersion: 1 }))[
      "Data"
    ];
    assert.deepEqual(
      [version.FileVersion, version.ChangeType, version.Comment, version.Status],
      [1, "CREATE", "c1", "COMMITTING"],
    );
    assert.deepEqual(JSON.parse(version.NodeContent).cycleType, 0);
    assert.equal(JSON.parse(version.FilePropertyContent).fileName, "snap");
    await dw.fails(
      "GetFileVersion",
      { ...P, FileId: fileId, FileVersion: 9 },
      400,
      "Invalid.DataStudio.FileVersionNotExists",
    );
  });

  it("UpdateFile: renames and moves a file in place, keeping its FileId", async () => {
    const fileId = await dw.file("old_name", { flow: "move_flow" });
    await dw.ok("UpdateFile", {
      ...P,
      FileId: fileId,
      AutoRerunTimes: 3,
      FileName: "new_name",
      FileFolderPath: "业务流程/move_flow/MaxCompute/dwd",
    });
    const file = dw.state().files[String(fileId)]!;
    assert.equal(file.fileName, "new_name");
    assert.equal(dw.state().folders[file.folderId]!.path, "业务流程/move_flow/MaxCompute/dwd");
  });

  it("UpdateFile: refuses an update that changes nothing (Invalid.Param)", async () => {
    const fileId = await dw.file("same");
    await dw.fails(
      "UpdateFile",
      { ...P, FileId: fileId, AutoRerunTimes: 3, Content: "SELECT 1;" },
      400,
      "Invalid.Param",
    );
    assert.equal(
      dw.state().files[String(fileId)]!.lastEditTime,
      dw.state().files[String(fileId)]!.createTime,
    );
  });

  it("UpdateFile: accepts an unchanged update with option updateFileUnchanged allow", async () => {
    await dw.close();
    dw = await DataWorksHarness.start({
      serviceOptions: { "dataworks.updateFileUnchanged": "allow" },
    });
    const fileId = await dw.file("same");
    await dw.ok("UpdateFile", { ...P, FileId: fileId, AutoRerunTimes: 3, Content: "SELECT 1;" });
  });

  it("CreateUdfFile / UpdateUdfFile: a function file is an ordinary file for GetFile and SubmitFile", async () => {
    await dw.business("udf_flow");
    const fileId = (
      await dw.ok("CreateUdfFile", {
        ...P,
        FileFolderPath: "业务流程/udf_flow/函数/字符串处理函数",
        FileName: "StringConcat",
        ClassName: "com.example.StringConcat",
        FunctionType: "STRING",
        Resources: "string-concat-1.0.0.jar",
        UdfDescription: "concatenates strings",
      })
    )["Data"] as number;
    await dw.ok("UpdateUdfFile", {
      ...P,
      FileId: String(fileId),
      ClassName: "com.example.StringConcat2",
      FunctionType: "STRING",
      Resources: "string-concat-2.0.0.jar",
    });
    const file = (await dw.ok("GetFile", { ...P, FileId: fileId }))["Data"].File;
    assert.equal(JSON.parse(file.Content).className, "com.example.StringConcat2");
    assert.equal(dw.state().files[String(fileId)]!.udf!.resources, "string-concat-2.0.0.jar");
    await dw.ok("SubmitFile", { ...P, FileId: fileId });
  });

  it("CreateFile: a file in a manual business flow gets UseType MANUAL_BIZ and SchedulerType MANUAL", async () => {
    await dw.business("manual_flow", STANDARD, { UseType: "MANUAL_BIZ" });
    const fileId = await dw.file("manual_file", { flow: "manual_flow" });
    const data = (await dw.ok("GetFile", { ...P, FileId: fileId }))["Data"];
    assert.deepEqual(
      [data.File.UseType, data.NodeConfiguration.SchedulerType],
      ["MANUAL_BIZ", "MANUAL"],
    );
  });
});
