import { strict as assert } from "node:assert";
import {
  CREATE_FILE,
  DELETE_FILE,
  GET_FILE,
  LIST_FILES,
  createFile,
  deleteFile,
  findFileByName,
  getFile,
  listFiles,
  updateFile,
} from "../../../../provider/services/dataworks/files";
import { FakeSender, standardPage } from "./fakeSender";
import {
  CREATE_FILE_EXAMPLE,
  DELETE_FILE_EXAMPLE,
  GET_FILE_EXAMPLE,
  LIST_FILES_EXAMPLE,
  UPDATE_FILE_EXAMPLE,
} from "./specExamples";
import { assertRefusedInput, describeDecoding, describeWireCases, withFields } from "./wireCases";

const PATH = "业务流程/第一个业务流程/MaxCompute/文件夹1/文件夹2";

const LISTED_FILE = {
  fileId: 10000001,
  fileName: "ods_user_info_d",
  fileType: 10,
  commitStatus: 1,
  autoParsing: true,
  owner: "3872572****",
  createTime: 1593950832000,
  currentVersion: 2,
  bizId: 300000,
  lastEditUser: "38748246285727",
  connectionName: "odps_first",
  useType: "NORMAL",
  fileFolderId: "2735c2****",
  parentId: -1,
  createUser: "382762****",
  isMaxCompute: false,
  businessId: 300000,
  fileDescription: "my test datastudio file",
  lastEditTime: 1593950832000,
  content: "SHOW TABLES;",
  nodeId: 300001,
};

const named = (id: number, name: string) => ({
  ...LIST_FILES_EXAMPLE.Data.Files,
  FileId: id,
  FileName: name,
});
const onePage = (items: unknown[]) =>
  standardPage("Files", items, { pageNumber: 1, pageSize: 100, totalCount: items.length });
const withListedFile = (fields: Record<string, unknown>): unknown =>
  withFields(LIST_FILES_EXAMPLE, {
    Data: { ...LIST_FILES_EXAMPLE.Data, Files: [{ ...LIST_FILES_EXAMPLE.Data.Files, ...fields }] },
  });
const withDeploymentId = (value: unknown): unknown =>
  withFields(DELETE_FILE_EXAMPLE, { DeploymentId: value });

describe("files", () => {
  describeWireCases({
    createFile: {
      // The typed counterpart of the §3.1.1 example request (without the deprecated ResourceGroupId
      // and with one workspace selector).
      call: (client) =>
        createFile(client, {
          projectId: 10000,
          fileFolderPath: PATH,
          fileName: "文件名",
          fileDescription: "这里是文件描述",
          fileType: 10,
          owner: "1000000000001",
          content: "SHOW TABLES;",
          autoRerunTimes: 3,
          autoRerunIntervalMillis: 120000,
          rerunMode: "ALL_ALLOWED",
          stop: false,
          paraValue: "a=x b=y",
          startEffectDate: 936923400000,
          endEffectDate: 4155787800000,
          cronExpress: "00 05 00 * * ?",
          cycleType: "DAY",
          dependentType: "NONE",
          dependentNodeIdList: [5, 10],
          inputList: ["project_root", "project.file1", "project.001_out"],
          resourceGroupIdentifier: "group_375827434852437",
          connectionName: "odps_first",
          autoParsing: true,
          schedulerType: "NORMAL",
          advancedSettings: { queue: "default", SPARK_CONF: "--conf spark.driver.memory=2g" },
          startImmediately: true,
          inputParameters: [
            { parameterName: "bizdate_input", valueSource: "project_001.first_node:bizdate_param" },
          ],
          outputParameters: [{ parameterName: "bizdate_param", value: "${bizdate}", type: 1 }],
        }),
      answer: CREATE_FILE_EXAMPLE,
      action: "CreateFile",
      params: {
        ProjectId: 10000,
        FileFolderPath: PATH,
        FileName: "文件名",
        FileDescription: "这里是文件描述",
        FileType: 10,
        Owner: "1000000000001",
        Content: "SHOW TABLES;",
        AutoRerunTimes: 3,
        AutoRerunIntervalMillis: 120000,
        RerunMode: "ALL_ALLOWED",
        Stop: false,
        ParaValue: "a=x b=y",
        StartEffectDate: 936923400000,
        EndEffectDate: 4155787800000,
        CronExpress: "00 05 00 * * ?",
        CycleType: "DAY",
        DependentType: "NONE",
        DependentNodeIdList: "5,10",
        InputList: "project_root,project.file1,project.001_out",
        ResourceGroupIdentifier: "group_375827434852437",
        ConnectionName: "odps_first",
        AutoParsing: true,
        SchedulerType: "NORMAL",
        AdvancedSettings: '{"queue":"default","SPARK_CONF":"--conf spark.driver.memory=2g"}',
        StartImmediately: true,
        InputParameters:
          '[{"ParameterName":"bizdate_input","ValueSource":"project_001.first_node:bizdate_param"}]',
        OutputParameters: '[{"ParameterName":"bizdate_param","Value":"${bizdate}","Type":1}]',
      },
      level: 3,
      idempotent: false,
      result: 1000001,
    },
    updateFile: {
      call: (client) =>
        updateFile(client, {
          projectIdentifier: "dw_project",
          fileId: 100000001,
          fileName: "ods_user_info_d",
          autoRerunTimes: 3,
          cronExpress: "00 00-59/5 1-23 * * ?",
          cycleType: "NOT_DAY",
          outputList: ["dw_project.ods_user_info_d"],
        }),
      answer: UPDATE_FILE_EXAMPLE,
      action: "UpdateFile",
      params: {
        ProjectIdentifier: "dw_project",
        FileId: 100000001,
        FileName: "ods_user_info_d",
        AutoRerunTimes: 3,
        CronExpress: "00 00-59/5 1-23 * * ?",
        CycleType: "NOT_DAY",
        OutputList: "dw_project.ods_user_info_d",
      },
      level: 2,
      idempotent: true,
      result: undefined,
    },
    getFile: {
      call: (client) => getFile(client, { projectId: 10000, fileId: 100000001 }),
      answer: GET_FILE_EXAMPLE,
      action: "GetFile",
      params: { ProjectId: 10000, FileId: 100000001 },
      level: 1,
      idempotent: true,
      result: {
        file: {
          fileName: "ods_user_info_d",
          fileType: 10,
          commitStatus: 0,
          autoParsing: true,
          owner: "7775674356****",
          createTime: 1593879116000,
          currentVersion: 3,
          bizId: 1000001,
          lastEditUser: "62465892****",
          connectionName: "odps_first",
          useType: "NORMAL",
          fileFolderId: "2735c2****",
          parentId: -1,
          createUser: "424732****",
          isMaxCompute: true,
          businessId: 1000001,
          fileDescription: "我的第一个Dataworks文件",
          lastEditTime: 1593879116000,
          content: "SHOW TABLES;",
          nodeId: 300001,
          deletedStatus: "RECYCLE_BIN",
          advancedSettings: { queue: "default", SPARK_CONF: "--conf spark.driver.memory=2g" },
        },
        nodeConfiguration: {
          rerunMode: "ALL_ALLOWED",
          schedulerType: "NORMAL",
          stop: false,
          paraValue: "a=x b=y",
          startEffectDate: 936923400000,
          endEffectDate: 4155787800000,
          cycleType: "DAY",
          dependentNodeIdList: [5, 10, 15, 20],
          resourceGroupId: 375827434852437,
          dependentType: "USER_DEFINE",
          autoRerunTimes: 3,
          autoRerunIntervalMillis: 120000,
          cronExpress: "00 05 00 * * ?",
          inputList: [{ input: "project.001_out", parseType: "MANUAL" }],
          outputList: [{ refTableName: "ods_user_info_d", output: "dw_project.002_out" }],
          startImmediately: true,
          inputParameters: [
            { parameterName: "input", valueSource: "project_001.parent_node:outputs" },
          ],
          outputParameters: [
            {
              parameterName: "output",
              value: "${bizdate}",
              type: 1,
              description: "It's a context output parameter.",
            },
          ],
        },
      },
    },
    deleteFile: {
      call: (client) => deleteFile(client, { projectIdentifier: "dw_project", fileId: 10000001 }),
      answer: DELETE_FILE_EXAMPLE,
      action: "DeleteFile",
      params: { ProjectIdentifier: "dw_project", FileId: 10000001 },
      level: 3,
      idempotent: true,
      result: 1000000001,
    },
    listFiles: {
      call: (client) =>
        listFiles(client, {
          projectId: 10000,
          fileFolderPath: "业务流程/我的第一个业务流程/MaxCompute/ods层",
          keyword: "ods",
          useType: "NORMAL",
          fileTypes: [10, 23],
          owner: "3726346****",
          nodeId: 123541234,
        }),
      answer: LIST_FILES_EXAMPLE,
      action: "ListFiles",
      params: {
        ProjectId: 10000,
        FileFolderPath: "业务流程/我的第一个业务流程/MaxCompute/ods层",
        Keyword: "ods",
        UseType: "NORMAL",
        FileTypes: "10,23",
        Owner: "3726346****",
        NodeId: 123541234,
        PageNumber: 1,
        PageSize: 100,
      },
      level: 1,
      idempotent: true,
      // One item on a page of 100 is a short page: no second call although TotalCount says 13.
      result: [LISTED_FILE],
    },
  });

  describeDecoding("CreateFile answer", CREATE_FILE.response, {
    accepts: [
      ["the spec example", CREATE_FILE_EXAMPLE, 1000001],
      [
        'HttpStatusCode "200" and Success "true" as strings (§1.6)',
        withFields(CREATE_FILE_EXAMPLE, { HttpStatusCode: "200", Success: "true" }),
        1000001,
      ],
    ],
    rejects: [
      ["a FileId sent as text", withFields(CREATE_FILE_EXAMPLE, { Data: "1000001" })],
      ["a FileId above 2^53", withFields(CREATE_FILE_EXAMPLE, { Data: 2 ** 53 + 2 })],
      ["a missing Data", withFields(CREATE_FILE_EXAMPLE, { Data: undefined })],
      ["Success false", withFields(CREATE_FILE_EXAMPLE, { Success: false })],
      ['Success "yes"', withFields(CREATE_FILE_EXAMPLE, { Success: "yes" })],
      ["a missing RequestId", withFields(CREATE_FILE_EXAMPLE, { RequestId: undefined })],
    ],
  });

  const file = GET_FILE_EXAMPLE.Data.File;
  const configuration = GET_FILE_EXAMPLE.Data.NodeConfiguration;
  const withFile = (fields: Record<string, unknown>): unknown =>
    withFields(GET_FILE_EXAMPLE, {
      Data: { File: { ...file, ...fields }, NodeConfiguration: configuration },
    });
  const withConfiguration = (fields: Record<string, unknown>): unknown =>
    withFields(GET_FILE_EXAMPLE, {
      Data: { File: file, NodeConfiguration: { ...configuration, ...fields } },
    });
  const decodeGetFile = (body: unknown) => GET_FILE.response.parse(body);

  describe("GetFile answer", () => {
    it("reads lists sent as real arrays the same as the collapsed examples", () => {
      const arrays = decodeGetFile(
        withConfiguration({
          InputList: [configuration.InputList],
          OutputList: [configuration.OutputList],
          InputParameters: [configuration.InputParameters],
          OutputParameters: [configuration.OutputParameters],
        }),
      );
      assert.deepEqual(arrays, decodeGetFile(GET_FILE_EXAMPLE));
    });

    it('reads an output parameter Type sent as the documented String "2"', () => {
      const decoded = decodeGetFile(
        withConfiguration({ OutputParameters: [{ ...configuration.OutputParameters, Type: "2" }] }),
      );
      assert.equal(decoded.nodeConfiguration.outputParameters?.[0]?.type, 2);
    });

    it("reads DeletedStatus RECYCLE_BIN, NORMAL and DELETED as documented", () => {
      for (const status of ["RECYCLE_BIN", "NORMAL", "DELETED"] as const) {
        assert.equal(decodeGetFile(withFile({ DeletedStatus: status })).file.deletedStatus, status);
      }
    });

    it("leaves out a NodeId that is null before the first submit", () => {
      assert.equal("nodeId" in decodeGetFile(withFile({ NodeId: null })).file, false);
    });

    it("reads an empty AdvancedSettings as not set", () => {
      const decoded = decodeGetFile(withFile({ AdvancedSettings: "" }));
      assert.equal("advancedSettings" in decoded.file, false);
    });

    it("reads an empty DependentNodeIdList as no node", () => {
      const decoded = decodeGetFile(withConfiguration({ DependentNodeIdList: "" }));
      assert.deepEqual(decoded.nodeConfiguration.dependentNodeIdList, []);
    });

    const malformed: Array<[string, unknown]> = [
      ["an unknown DeletedStatus", withFile({ DeletedStatus: "GONE" })],
      ["a FileType sent as text", withFile({ FileType: "10" })],
      ["a missing FileName", withFile({ FileName: undefined })],
      ["an AdvancedSettings that is not JSON", withFile({ AdvancedSettings: "{queue" })],
      ["an unknown CycleType", withConfiguration({ CycleType: "WEEK" })],
      ["a non-numeric DependentNodeIdList", withConfiguration({ DependentNodeIdList: "a,b" })],
      [
        "an output parameter Type 4",
        withConfiguration({ OutputParameters: { ...configuration.OutputParameters, Type: 4 } }),
      ],
      ["a missing NodeConfiguration", withFields(GET_FILE_EXAMPLE, { Data: { File: file } })],
    ];
    for (const [name, body] of malformed) {
      it(`rejects ${name}`, () => {
        assert.equal(GET_FILE.response.safeParse(body).success, false);
      });
    }
  });

  describeDecoding("DeleteFile answer", DELETE_FILE.response, {
    accepts: [
      ["the spec example", DELETE_FILE_EXAMPLE, 1000000001],
      ["an absent DeploymentId as nothing to poll", withDeploymentId(undefined), undefined],
      ["a null DeploymentId as nothing to poll", withDeploymentId(null), undefined],
      ['an empty "" DeploymentId as nothing to poll', withDeploymentId(""), undefined],
      ["a 0 DeploymentId as nothing to poll", withDeploymentId(0), undefined],
    ],
    rejects: [["a DeploymentId sent as text", withDeploymentId("12")]],
  });

  describeDecoding("ListFiles answer", LIST_FILES.response, {
    accepts: [
      [
        "the spec example, LastEditUser printed as a number read as text",
        LIST_FILES_EXAMPLE,
        { items: [LISTED_FILE], totalCount: 13 },
      ],
      [
        "an empty page",
        standardPage("Files", [], { pageNumber: 1, pageSize: 100, totalCount: 0 }),
        { items: [], totalCount: 0 },
      ],
    ],
    rejects: [
      [
        "a page without TotalCount",
        withFields(LIST_FILES_EXAMPLE, {
          Data: { ...LIST_FILES_EXAMPLE.Data, TotalCount: undefined },
        }),
      ],
      ["a file without FileId", withListedFile({ FileId: undefined })],
      ["an unknown UseType", withListedFile({ UseType: "OTHER" })],
    ],
  });

  describe("listFiles paging", () => {
    const fullPage = (start: number) =>
      Array.from({ length: 100 }, (_, i) => named(start + i, `f${start + i}`));

    it("fetches every page until TotalCount items are read", async () => {
      const sender = FakeSender.answering(
        standardPage("Files", fullPage(1), { pageNumber: 1, pageSize: 100, totalCount: 250 }),
        standardPage("Files", fullPage(101), { pageNumber: 2, pageSize: 100, totalCount: 250 }),
        standardPage("Files", fullPage(201).slice(0, 50), {
          pageNumber: 3,
          pageSize: 100,
          totalCount: 250,
        }),
      );
      const files = await listFiles(sender, { projectId: 1 });
      assert.equal(files.length, 250);
      assert.deepEqual(sender.sent.map((op) => op.params.PageNumber), [1, 2, 3]);
    });

    it("stops after a full page when TotalCount is reached", async () => {
      const sender = FakeSender.answering(
        standardPage("Files", fullPage(1), { pageNumber: 1, pageSize: 100, totalCount: 100 }),
      );
      assert.equal((await listFiles(sender, { projectId: 1 })).length, 100);
      assert.equal(sender.sent.length, 1);
    });
  });

  describe("findFileByName", () => {
    it("returns only the file whose name matches exactly, ignoring fuzzy hits", async () => {
      const sender = FakeSender.answering(
        onePage([
          named(1, "ods_user_info_d_bak"),
          named(2, "ods_user_info_d"),
          named(3, "x_ods_user_info_d"),
        ]),
      );
      const found = await findFileByName(sender, { projectId: 1, name: "ods_user_info_d" });
      assert.equal(found?.fileId, 2);
    });

    it("searches by Keyword in the given folder", async () => {
      const sender = FakeSender.answering(onePage([]));
      await findFileByName(sender, { projectIdentifier: "dw", folderPath: PATH, name: "a" });
      assert.deepEqual(sender.only.params, {
        ProjectIdentifier: "dw",
        FileFolderPath: PATH,
        Keyword: "a",
        PageNumber: 1,
        PageSize: 100,
      });
    });

    it("returns undefined when only fuzzy hits come back", async () => {
      const sender = FakeSender.answering(
        standardPage("Files", [named(1, "a_b")], { pageNumber: 1, pageSize: 100, totalCount: 1 }),
      );
      assert.equal(await findFileByName(sender, { projectId: 1, name: "a" }), undefined);
    });

    it("throws AmbiguousMatchError when two files carry the exact name", async () => {
      const sender = FakeSender.answering(
        onePage([named(1, "a"), named(2, "a")]),
      );
      await assert.rejects(findFileByName(sender, { projectId: 1, name: "a" }), {
        name: "AmbiguousMatchError",
        code: "AmbiguousMatch",
        category: "conflict",
      });
    });
  });

  describe("input validation", () => {
    const base = { fileFolderPath: PATH, fileName: "a", fileType: 10, inputList: ["dw_root"] };

    it("refuses a call with neither projectId nor projectIdentifier (§1.5)", async () => {
      await assertRefusedInput(
        (c) => createFile(c, base),
        /exactly one of projectId, projectIdentifier/,
      );
    });

    it("refuses a call with both projectId and projectIdentifier", async () => {
      await assertRefusedInput(
        (c) => createFile(c, { ...base, projectId: 1, projectIdentifier: "dw" }),
        /exactly one of projectId, projectIdentifier/,
      );
    });

    it("refuses to create a data-integration node (FileType 23)", async () => {
      await assertRefusedInput(
        (c) => createFile(c, { ...base, projectId: 1, fileType: 23 }),
        /FileType 23/,
      );
    });

    it("refuses more than 10 automatic reruns", async () => {
      await assertRefusedInput(
        (c) => createFile(c, { ...base, projectId: 1, autoRerunTimes: 11 }),
        /autoRerunTimes/,
      );
    });

    it("refuses a rerun interval above 30 minutes", async () => {
      await assertRefusedInput(
        (c) => createFile(c, { ...base, projectId: 1, autoRerunIntervalMillis: 1_800_001 }),
        /autoRerunIntervalMillis/,
      );
    });

    it("refuses CreateFile without an upstream output in InputList", async () => {
      await assertRefusedInput(
        (c) => createFile(c, { ...base, projectId: 1, inputList: [] }),
        /upstream/,
      );
    });

    it("refuses an InputList item holding a comma", async () => {
      await assertRefusedInput(
        (c) => createFile(c, { ...base, projectId: 1, inputList: ["a,b"] }),
        /comma/,
      );
    });

    it("refuses GetFile with neither fileId nor nodeId", async () => {
      await assertRefusedInput(
        (c) => getFile(c, { projectId: 1 }),
        /exactly one of fileId, nodeId/,
      );
    });

    it("addresses GetFile by NodeId when only nodeId is given", async () => {
      const sender = FakeSender.answering(GET_FILE_EXAMPLE);
      await getFile(sender, { projectId: 1, nodeId: 200000001 });
      assert.deepEqual(sender.only.params, { ProjectId: 1, NodeId: 200000001 });
    });
  });
});
