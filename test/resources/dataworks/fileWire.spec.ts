import { strict as assert } from "node:assert";
import type { FileWithConfiguration } from "../../../provider";
import type { FileInputs } from "../../../resources/dataworks/fileInputs";
import {
  createFileRequest,
  formAfterUpdate,
  liveInputForm,
  managedOnly,
  updateFileRequest,
} from "../../../resources/dataworks/fileWire";

const inputs: FileInputs = {
  projectId: 10000,
  folderPath: "业务流程/etl/MaxCompute/ods",
  fileName: "ods_user_info_d",
  fileType: 10,
  content: "SELECT 1;",
  autoRerunTimes: 2,
  outputList: ["dp_demo.ods_out"],
  submit: true,
};

const live: FileWithConfiguration = {
  file: { fileName: "ods_user_info_d", fileType: 10, content: "SELECT 1;", fileDescription: "" },
  nodeConfiguration: {
    autoRerunTimes: 3,
    inputList: [{ input: "dp_demo_root", parseType: "MANUAL" }],
    outputList: [{ output: "dp_demo.ods_user_info_d", refTableName: "ods_user_info_d" }],
    outputParameters: [{ parameterName: "p", value: "${bizdate}", type: 1 }],
  },
} as FileWithConfiguration;

describe("fileWire", () => {
  it("builds CreateFile without OutputList and with the workspace root as the default upstream", () => {
    const request = createFileRequest(inputs, "dp_demo") as Record<string, unknown>;
    assert.deepEqual(request, {
      projectId: 10000,
      fileType: 10,
      inputList: ["dp_demo_root"],
      fileFolderPath: "业务流程/etl/MaxCompute/ods",
      fileName: "ods_user_info_d",
      content: "SELECT 1;",
      autoRerunTimes: 2,
    });
  });

  it("reads GetFile's lists of objects back as the input's lists of names", () => {
    const form = liveInputForm(live, "业务流程/etl/MaxCompute/ods");
    assert.deepEqual(form.inputList, ["dp_demo_root"]);
    assert.deepEqual(form.outputList, ["dp_demo.ods_user_info_d"]);
    assert.deepEqual(form.outputParameters, [{ parameterName: "p", value: "${bizdate}", type: 1 }]);
  });

  it("keeps only the fields the program sets", () => {
    const form = liveInputForm(live, "业务流程/etl/MaxCompute/ods");
    assert.deepEqual(Object.keys(managedOnly(form, { content: "x", fileName: "y" })).sort(), [
      "content",
      "fileName",
    ]);
  });

  it("sends only changed fields that differ from the live file, with the required AutoRerunTimes", () => {
    const form = liveInputForm(live, "业务流程/etl/MaxCompute/ods");
    const request = updateFileRequest(
      10000,
      7,
      { ...inputs, content: "SELECT 2;" },
      ["content", "fileName"],
      form,
    );
    assert.deepEqual(request, {
      projectId: 10000,
      fileId: 7,
      content: "SELECT 2;",
      autoRerunTimes: 3,
    });
  });

  it("sends nothing when every changed field already has its new value live", () => {
    const form = liveInputForm(live, "业务流程/etl/MaxCompute/ods");
    assert.equal(
      updateFileRequest(10000, 7, inputs, ["content", "submit", "deploy"], form),
      undefined,
    );
  });

  it("leaves a field the program stopped setting untouched", () => {
    const form = liveInputForm(live, "业务流程/etl/MaxCompute/ods");
    const { content: _removed, ...rest } = inputs;
    assert.equal(updateFileRequest(10000, 7, rest as FileInputs, ["content"], form), undefined);
  });

  it("knows the file after UpdateFile as the live file with every sent value in place", () => {
    const form = liveInputForm(live, "业务流程/etl/MaxCompute/ods");
    const request = updateFileRequest(10000, 1, inputs, ["content", "outputList"], form);
    const after = formAfterUpdate(form, request);
    assert.deepEqual(after.outputList, ["dp_demo.ods_out"]);
    assert.equal(after.content, "SELECT 1;");
    assert.equal(after.autoRerunTimes, 3);
    assert.equal(formAfterUpdate(form, undefined), form);
  });
});
