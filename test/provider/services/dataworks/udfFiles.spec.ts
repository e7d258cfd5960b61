import {
  CREATE_UDF_FILE,
  UPDATE_UDF_FILE,
  createUdfFile,
  updateUdfFile,
} from "../../../../provider/services/dataworks/udfFiles";
import { CREATE_UDF_FILE_EXAMPLE, UPDATE_UDF_FILE_EXAMPLE } from "./specExamples";
import { assertRefusedInput, describeDecoding, describeWireCases, withFields } from "./wireCases";

const PATH = "业务流程/第一个业务流程/函数/字符串处理函数";

describe("udfFiles", () => {
  describeWireCases({
    createUdfFile: {
      call: (client) =>
        createUdfFile(client, {
          projectId: 10000,
          className: "com.alibaba.DataWorks.api.udf.StringConcat",
          fileFolderPath: PATH,
          fileName: "StringConcat",
          functionType: "STRING",
          resources: ["string-concat-1.0.0.jar", "commons-lang-2.6.jar"],
          udfDescription: "把几个字符串连接起来生成一个新的字符串",
          cmdDescription: "StringConcat(String... substrs)",
          parameterDescription: "需要连接的字符串列表",
          returnValue: "所有字符串按照输入顺序前后连接生成的新字符串",
          example: "StringConcat('a', 'b', 'c')",
        }),
      answer: CREATE_UDF_FILE_EXAMPLE,
      action: "CreateUdfFile",
      params: {
        ProjectId: 10000,
        ClassName: "com.alibaba.DataWorks.api.udf.StringConcat",
        FileFolderPath: PATH,
        FileName: "StringConcat",
        FunctionType: "STRING",
        Resources: "string-concat-1.0.0.jar,commons-lang-2.6.jar",
        UdfDescription: "把几个字符串连接起来生成一个新的字符串",
        CmdDescription: "StringConcat(String... substrs)",
        ParameterDescription: "需要连接的字符串列表",
        ReturnValue: "所有字符串按照输入顺序前后连接生成的新字符串",
        Example: "StringConcat('a', 'b', 'c')",
      },
      level: 2,
      idempotent: false,
      result: 100000002,
    },
    updateUdfFile: {
      call: (client) =>
        updateUdfFile(client, {
          projectId: 10000,
          fileId: 10000001,
          className: "com.alibaba.dataworks.api.udf.StringConcat",
          functionType: "STRING",
          resources: ["string-concat-1.0.0.jar", "commons-lang-2.6.jar"],
          fileFolderPath: PATH,
          udfDescription: "把几个字符串连接起来生成一个新的字符串",
        }),
      answer: UPDATE_UDF_FILE_EXAMPLE,
      action: "UpdateUdfFile",
      params: {
        ProjectId: 10000,
        // UpdateUdfFile types FileId as String (§3.2.2).
        FileId: "10000001",
        ClassName: "com.alibaba.dataworks.api.udf.StringConcat",
        FunctionType: "STRING",
        Resources: "string-concat-1.0.0.jar,commons-lang-2.6.jar",
        FileFolderPath: PATH,
        UdfDescription: "把几个字符串连接起来生成一个新的字符串",
      },
      level: 2,
      idempotent: true,
      result: undefined,
    },
  });

  describeDecoding("CreateUdfFile answer", CREATE_UDF_FILE.response, {
    rejects: [
      ["a FileId sent as text", withFields(CREATE_UDF_FILE_EXAMPLE, { Data: "100000002" })],
    ],
  });

  describeDecoding("UpdateUdfFile answer", UPDATE_UDF_FILE.response, {
    accepts: [["the spec example", UPDATE_UDF_FILE_EXAMPLE, undefined]],
    rejects: [
      [
        "a body without HttpStatusCode",
        withFields(UPDATE_UDF_FILE_EXAMPLE, { HttpStatusCode: undefined }),
      ],
    ],
  });

  const udf = {
    projectId: 1,
    className: "C",
    fileFolderPath: PATH,
    fileName: "F",
    functionType: "STRING" as const,
    resources: ["r.jar"],
    udfDescription: "d",
  };

  it("createUdfFile refuses a function type outside the documented six", async () => {
    await assertRefusedInput(
      (c) => createUdfFile(c, { ...udf, functionType: "TEXT" as "STRING" }),
      /functionType/,
    );
  });

  it("createUdfFile refuses an empty resource list", async () => {
    await assertRefusedInput((c) => createUdfFile(c, { ...udf, resources: [] }), /resource/);
  });

  it("createUdfFile refuses a missing UdfDescription, which it requires", async () => {
    await assertRefusedInput(
      (c) => createUdfFile(c, { ...udf, udfDescription: "" }),
      /udfDescription/,
    );
  });
});
