import { strict as assert } from "node:assert";
import { DATAWORKS_ACTIONS } from "../../../../emulator/services/dataworks";
import { DataWorksHarness, STANDARD, type Params } from "./dataWorksHarness";

const P = { ProjectId: STANDARD };
const PATH = "业务流程/v_flow/MaxCompute";
const FILE = {
  ...P,
  FileFolderPath: PATH,
  FileName: "v_new",
  FileType: 10,
  InputList: "dp_demo_root",
};
const UDF = {
  ...P,
  FileFolderPath: "业务流程/v_flow/函数",
  FileName: "v_udf",
  ClassName: "com.example.F",
  FunctionType: "STRING",
  Resources: "f.jar",
  UdfDescription: "d",
};

/**
 * At least one rejected parameter of every action (spec/dataworks.md §3 request tables, §4.10
 * validation rules, §1.7 gateway codes). Every rejection leaves the state exactly as it was and is
 * logged with its code.
 */
const CASES: readonly [
  action: string,
  when: string,
  params: Params,
  status: number,
  code: string,
][] = [
  [
    "CreateFile",
    "FileType is 23 (data integration)",
    { ...FILE, FileType: 23 },
    400,
    "Invalid.Param",
  ],
  [
    "CreateFile",
    "FileType is not an integer",
    { ...FILE, FileType: "sql" },
    400,
    "InvalidParameter",
  ],
  ["CreateFile", "InputList is missing", { ...FILE, InputList: "" }, 400, "MissingParameter"],
  [
    "CreateFile",
    "neither ProjectId nor ProjectIdentifier is sent",
    { ...FILE, ProjectId: "" },
    400,
    "MissingParameter",
  ],
  [
    "CreateFile",
    "the workspace does not exist",
    { ...FILE, ProjectId: 99 },
    400,
    "Invalid.Tenant.ProjectNotExists",
  ],
  [
    "CreateFile",
    "AutoRerunTimes is above 10",
    { ...FILE, AutoRerunTimes: 11 },
    400,
    "Invalid.Param",
  ],
  [
    "CreateFile",
    "AutoRerunIntervalMillis is above 30 minutes",
    { ...FILE, AutoRerunIntervalMillis: 1_800_001 },
    400,
    "Invalid.Param",
  ],
  [
    "CreateFile",
    "RerunMode is not in its enum",
    { ...FILE, RerunMode: "SOMETIMES" },
    400,
    "Invalid.Param",
  ],
  ["CreateFile", "Stop is not a Boolean", { ...FILE, Stop: "maybe" }, 400, "InvalidParameter"],
  [
    "CreateFile",
    "CronExpress runs every minute",
    { ...FILE, CronExpress: "00 * * * * ?" },
    400,
    "Invalid.Param",
  ],
  [
    "CreateFile",
    "a daily CronExpress runs before 00:05",
    { ...FILE, CronExpress: "00 01 00 * * ?" },
    400,
    "Invalid.Param",
  ],
  [
    "CreateFile",
    "CycleType contradicts CronExpress",
    { ...FILE, CronExpress: "00 00/10 * * * ?", CycleType: "DAY" },
    400,
    "Invalid.Param",
  ],
  [
    "CreateFile",
    "StartEffectDate is after EndEffectDate",
    { ...FILE, StartEffectDate: 2, EndEffectDate: 1 },
    400,
    "Invalid.Param",
  ],
  [
    "CreateFile",
    "InputParameters is not JSON",
    { ...FILE, InputParameters: "bizdate" },
    400,
    "Invalid.Param",
  ],
  [
    "CreateFile",
    "SchedulerType is not in its enum",
    { ...FILE, SchedulerType: "HOURLY" },
    400,
    "Invalid.Param",
  ],
  [
    "CreateFile",
    "the path does not start with 业务流程",
    { ...FILE, FileFolderPath: "MaxCompute/x" },
    400,
    "Invalid.Param",
  ],
  [
    "CreateFile",
    "the business flow does not exist",
    { ...FILE, FileFolderPath: "业务流程/nope/MaxCompute" },
    400,
    "Invalid.DataStudio.BusinessNotExists",
  ],
  [
    "CreateFile",
    "the FileName is taken in the workspace",
    { ...FILE, FileName: "v_file" },
    400,
    "Invalid.DI.Parameter.File.Existed",
  ],
  [
    "UpdateFile",
    "FileName is blank",
    { ...P, FileId: "$file", AutoRerunTimes: 3, FileName: "  " },
    400,
    "Invalid.Param",
  ],
  [
    "UpdateFile",
    "AutoRerunTimes is missing",
    { ...P, FileId: "$file", Content: "x" },
    400,
    "MissingParameter",
  ],
  [
    "UpdateFile",
    "DependentType is not in its enum",
    { ...P, FileId: "$file", AutoRerunTimes: 3, DependentType: "ALL" },
    400,
    "Invalid.Param",
  ],
  [
    "UpdateFile",
    "the file does not exist",
    { ...P, FileId: 1, AutoRerunTimes: 3, Content: "x" },
    400,
    "Invalid.DataStudio.FileNotExists",
  ],
  ["GetFile", "neither FileId nor NodeId is sent", { ...P }, 400, "MissingParameter"],
  ["GetFile", "NodeId is not a Long", { ...P, NodeId: "n1" }, 400, "InvalidParameter"],
  ["DeleteFile", "FileId is not a Long", { ...P, FileId: "f1" }, 400, "InvalidParameter"],
  ["ListFiles", "PageSize is above 100", { ...P, PageSize: 101 }, 400, "Invalid.Param"],
  ["ListFiles", "PageNumber is 0", { ...P, PageNumber: 0 }, 400, "Invalid.Param"],
  ["ListFiles", "UseType is not in its enum", { ...P, UseType: "BATCH" }, 400, "Invalid.Param"],
  [
    "ListFiles",
    "FileTypes holds a non-number",
    { ...P, FileTypes: "10,sql" },
    400,
    "InvalidParameter",
  ],
  ["SubmitFile", "FileId is missing", { ...P }, 400, "MissingParameter"],
  ["DeployFile", "neither FileId nor NodeId is sent", { ...P }, 400, "MissingParameter"],
  ["GetDeployment", "DeploymentId is missing", { ...P }, 400, "MissingParameter"],
  [
    "CheckFileDeployment",
    "Status is not OK, WARN or FAIL",
    { CheckerInstanceId: "1_2_1", Status: "PASS" },
    400,
    "Invalid.Param",
  ],
  ["ListDeployments", "Status is 3", { ...P, Status: 3 }, 400, "Invalid.Param"],
  [
    "ListDeployments",
    "EndCreateTime is not a Long",
    { ...P, EndCreateTime: "yesterday" },
    400,
    "InvalidParameter",
  ],
  ["ListFileVersions", "FileId is missing", { ...P }, 400, "MissingParameter"],
  [
    "GetFileVersion",
    "FileVersion is 0",
    { ...P, FileId: "$file", FileVersion: 0 },
    400,
    "Invalid.Param",
  ],
  [
    "CreateUdfFile",
    "FunctionType is not in its enum",
    { ...UDF, FunctionType: "TEXT" },
    400,
    "Invalid.Param",
  ],
  [
    "CreateUdfFile",
    "UdfDescription is missing",
    { ...UDF, UdfDescription: "" },
    400,
    "MissingParameter",
  ],
  ["UpdateUdfFile", "FileId is not numeric", { ...UDF, FileId: "abc" }, 400, "InvalidParameter"],
  [
    "UpdateUdfFile",
    "the file is not a function file",
    { ...UDF, FileId: "$file" },
    400,
    "Invalid.Param",
  ],
  ["CreateFolder", "FolderPath is missing", { ...P }, 400, "MissingParameter"],
  [
    "CreateFolder",
    "the folder already exists",
    { ...P, FolderPath: "业务流程/v_flow/MaxCompute/existing" },
    400,
    "Invalid.Param",
  ],
  ["GetFolder", "neither FolderId nor FolderPath is sent", { ...P }, 400, "MissingParameter"],
  [
    "GetFolder",
    "the folder does not exist",
    { ...P, FolderId: "000000000000" },
    400,
    "Invalid.DataStudio.FolderNotExists",
  ],
  [
    "UpdateFolder",
    "FolderName holds a slash",
    { ...P, FolderId: "$folder", FolderName: "a/b" },
    400,
    "Invalid.Param",
  ],
  [
    "DeleteFolder",
    "the folder does not exist",
    { ...P, FolderId: "ffffffffffff" },
    400,
    "Invalid.DataStudio.FolderNotExists",
  ],
  [
    "ListFolders",
    "PageNumber is missing (required)",
    { ...P, PageSize: 10, ParentFolderPath: PATH },
    400,
    "MissingParameter",
  ],
  [
    "CreateBusiness",
    "UseType is not in its enum",
    { ...P, BusinessName: "v_other", UseType: "BATCH" },
    400,
    "Invalid.Param",
  ],
  [
    "CreateBusiness",
    "the name is taken in the workspace",
    { ...P, BusinessName: "v_flow" },
    400,
    "Invalid.Param",
  ],
  [
    "UpdateBusiness",
    "BusinessId is not a Long",
    { ...P, BusinessId: "b1" },
    400,
    "InvalidParameter",
  ],
  [
    "GetBusiness",
    "the business flow does not exist",
    { ...P, BusinessId: 7 },
    400,
    "Invalid.DataStudio.BusinessNotExists",
  ],
  ["DeleteBusiness", "BusinessId is missing", { ...P }, 400, "MissingParameter"],
  [
    "ListBusiness",
    "PageSize is missing (required)",
    { ...P, PageNumber: 1 },
    400,
    "MissingParameter",
  ],
  [
    "CreateDataSource",
    "EnvType is 3",
    { ...P, Name: "n", DataSourceType: "kafka", EnvType: 3, Content: '{"instanceId":"k"}' },
    400,
    "Invalid.Param",
  ],
  [
    "UpdateDataSource",
    "DataSourceId is missing",
    { EnvType: 1, Content: '{"instanceId":"k"}' },
    400,
    "Required.Parameter.Empty",
  ],
  [
    "ListDataSources",
    "EnvType is not an integer",
    { ...P, EnvType: "prod" },
    400,
    "InvalidParameter",
  ],
  [
    "DeleteDataSource",
    "DataSourceId is not a Long",
    { DataSourceId: "ds" },
    400,
    "InvalidParameter",
  ],
  ["GetProject", "ProjectId is not a Long", { ProjectId: "dp_demo" }, 400, "InvalidParameter"],
  [
    "ListFileType",
    "PageNumber is missing (required)",
    { ...P, PageSize: 10 },
    400,
    "MissingParameter",
  ],
];

describe("DataWorks emulator: parameter validation of every action", () => {
  let dw: DataWorksHarness;
  const refs: Record<string, string> = {};

  before(async () => {
    dw = await DataWorksHarness.start();
    refs["$file"] = String(await dw.file("v_file", { flow: "v_flow" }));
    refs["$folder"] = (
      await dw.ok("CreateFolder", { ...P, FolderPath: "业务流程/v_flow/MaxCompute/existing" })
    )["Data"];
  });
  after(() => dw.close());

  for (const [action, when, params, status, code] of CASES) {
    it(`${action}: answers ${status} ${code} when ${when}`, async () => {
      const resolved = Object.fromEntries(
        Object.entries(params).map(([name, value]) => [
          name,
          typeof value === "string" && value.startsWith("$") ? refs[value]! : value,
        ]),
      );
      const before = dw.state();
      await dw.fails(action, resolved, status, code);
      assert.deepEqual(dw.state(), before);
      const logged = dw.lastRequest(action);
      assert.deepEqual([logged.status, logged.errorCode], [status, code]);
    });
  }

  it("covers every registered action", () => {
    const covered = new Set(CASES.map(([action]) => action));
    assert.deepEqual(
      Object.keys(DATAWORKS_ACTIONS).filter((a) => !covered.has(a)),
      [],
    );
  });
});
