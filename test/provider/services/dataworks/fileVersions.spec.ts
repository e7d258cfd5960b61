import { strict as assert } from "node:assert";
import {
  GET_FILE_VERSION,
  LIST_FILE_VERSIONS,
  getFileVersion,
  listFileVersions,
} from "../../../../provider/services/dataworks/fileVersions";
import { FakeSender, standardPage } from "./fakeSender";
import {
  FILE_VERSION_ITEM_EXAMPLE,
  GET_FILE_VERSION_EXAMPLE,
  LIST_FILE_VERSIONS_EXAMPLE,
} from "./specExamples";
import { describeDecoding, describeWireCases, withFields } from "./wireCases";

const VERSION_OUTPUT = {
  status: "COMMITTED",
  commitUser: "73842342****",
  comment: "第二次版本提交",
  commitTime: 1593881265000,
  fileName: "ods_user_info_d",
  filePropertyContent: '{"fileName":"ods_user_info_d","fileType":10}',
  useType: "NORMAL",
  isCurrentProd: false,
  fileContent: "SHOW TABLES;",
  changeType: "UPDATE",
  fileVersion: 2,
  nodeId: 3000001,
  nodeContent: '{"cycleType":0,"cronExpress":"00 05 00 * * ?"}',
};

const withVersion = (fields: Record<string, unknown>): unknown =>
  withFields(GET_FILE_VERSION_EXAMPLE, { Data: { ...FILE_VERSION_ITEM_EXAMPLE, ...fields } });

describe("fileVersions", () => {
  describeWireCases({
    listFileVersions: {
      call: (client) => listFileVersions(client, { projectId: 10000, fileId: 100000001 }),
      answer: LIST_FILE_VERSIONS_EXAMPLE,
      action: "ListFileVersions",
      params: { ProjectId: 10000, FileId: 100000001, PageNumber: 1, PageSize: 100 },
      level: 1,
      idempotent: true,
      result: [VERSION_OUTPUT],
    },
    getFileVersion: {
      call: (client) =>
        getFileVersion(client, {
          projectIdentifier: "dw_project",
          fileId: 1000001,
          fileVersion: 2,
        }),
      answer: GET_FILE_VERSION_EXAMPLE,
      action: "GetFileVersion",
      params: { ProjectIdentifier: "dw_project", FileId: 1000001, FileVersion: 2 },
      level: 1,
      idempotent: true,
      result: { ...VERSION_OUTPUT, commitUser: "7384234****", isCurrentProd: true },
    },
  });

  describeDecoding("GetFileVersion answer", GET_FILE_VERSION.response, {
    accepts: [
      [
        "the version status CHECK_OK",
        withVersion({ Status: "CHECK_OK" }),
        { ...VERSION_OUTPUT, status: "CHECK_OK" },
      ],
    ],
    rejects: [
      [
        "an unknown version status",
        withVersion({ Status: "DONE" }),
      ],
      [
        "an unknown ChangeType",
        withVersion({ ChangeType: "MOVE" }),
      ],
      [
        "IsCurrentProd sent as text",
        withVersion({ IsCurrentProd: "false" }),
      ],
    ],
  });

  describeDecoding("ListFileVersions answer", LIST_FILE_VERSIONS.response, {
    rejects: [
      [
        "a version without a FileVersion number",
        withFields(LIST_FILE_VERSIONS_EXAMPLE, {
          Data: {
            ...LIST_FILE_VERSIONS_EXAMPLE.Data,
            FileVersions: [{ ...FILE_VERSION_ITEM_EXAMPLE, FileVersion: undefined }],
          },
        }),
      ],
    ],
  });

  it("listFileVersions fetches every page", async () => {
    const versions = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        ...FILE_VERSION_ITEM_EXAMPLE,
        FileVersion: from + i,
      }));
    const page = (items: unknown[], pageNumber: number) =>
      standardPage("FileVersions", items, { pageNumber, pageSize: 100, totalCount: 201 });
    const sender = FakeSender.answering(
      page(versions(1, 100), 1),
      page(versions(101, 100), 2),
      page(versions(201, 1), 3),
    );
    const all = await listFileVersions(sender, { projectId: 1, fileId: 2 });
    assert.equal(all.length, 201);
    assert.deepEqual(sender.sent.map((op) => op.params.PageNumber), [1, 2, 3]);
  });
});
