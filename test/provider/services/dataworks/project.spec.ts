import { strict as assert } from "node:assert";
import {
  GET_PROJECT,
  LIST_FILE_TYPE,
  getProject,
  listFileType,
} from "../../../../provider/services/dataworks/project";
import { FakeSender } from "./fakeSender";
import { GET_PROJECT_EXAMPLE, LIST_FILE_TYPE_EXAMPLE } from "./specExamples";
import { describeDecoding, describeWireCases, withFields } from "./wireCases";

const PROJECT_OUTPUT = {
  projectOwnerBaseId: "18229311****",
  projectName: "abc",
  isAllowDownload: 1,
  gmtModified: "Dec 3, 2019 9:12:20 PM",
  disableDevelopment: true,
  projectDescription: "abc",
  projectMode: 2,
  status: 0,
  projectIdentifier: "abc",
  isDefault: 1,
  schedulerMaxRetryTimes: 3,
  projectId: 27,
  residentArea: "private",
  useProxyOdpsAccount: true,
  tenantId: 280749521,
  gmtCreate: "Oct 10, 2019 3:42:53 PM",
  protectedMode: 1,
  tablePrivacyMode: 1,
  defaultDiResourceGroupIdentifier: "group_280749521****",
  schedulerRetryInterval: 120000,
  envTypes: ["PROD"],
};
const withProject = (fields: Record<string, unknown>): unknown =>
  withFields(GET_PROJECT_EXAMPLE, { Data: { ...GET_PROJECT_EXAMPLE.Data, ...fields } });

/** A ListFileType page ("Node types" family: no Data wrapper). */
function typePage(types: number[], pageNumber: number, totalCount: number): unknown {
  return {
    RequestId: `req-${pageNumber}`,
    NodeTypeInfoList: {
      PageNumber: pageNumber,
      PageSize: 100,
      TotalCount: totalCount,
      NodeTypeInfo: types.map((type) => ({ NodeType: type, NodeTypeName: `type ${type}` })),
    },
  };
}

describe("project", () => {
  describeWireCases({
    getProject: {
      call: (client) => getProject(client, { projectId: 27 }),
      answer: GET_PROJECT_EXAMPLE,
      action: "GetProject",
      params: { ProjectId: 27 },
      level: 1,
      idempotent: true,
      result: PROJECT_OUTPUT,
    },
    listFileType: {
      call: (client) =>
        listFileType(client, { projectId: 10000, keyword: "ODPS SQL", locale: "en-US" }),
      answer: LIST_FILE_TYPE_EXAMPLE,
      action: "ListFileType",
      params: {
        ProjectId: 10000,
        Keyword: "ODPS SQL",
        Locale: "en-US",
        PageNumber: 1,
        PageSize: 100,
      },
      level: 1,
      idempotent: true,
      result: [{ nodeTypeName: "ODPS SQL", nodeType: 10 }],
    },
  });

  describeDecoding("GetProject answer", GET_PROJECT.response, {
    accepts: [
      [
        "EnvTypes as a real array of DEV and PROD",
        withProject({ EnvTypes: ["DEV", "PROD"], ProjectMode: 3 }),
        { ...PROJECT_OUTPUT, envTypes: ["DEV", "PROD"], projectMode: 3 },
      ],
      [
        "DisableDevelopment described as 0/1",
        withProject({ DisableDevelopment: 0 }),
        { ...PROJECT_OUTPUT, disableDevelopment: false },
      ],
    ],
    rejects: [
      ["an EnvTypes holding another API's encoding (PRD)", withProject({ EnvTypes: ["PRD"] })],
      ["an EnvTypes text that is not JSON", withProject({ EnvTypes: "PROD" })],
      ["a ProjectMode 1", withProject({ ProjectMode: 1 })],
      ["a Status 10", withProject({ Status: 10 })],
      ["a project without ProjectIdentifier", withProject({ ProjectIdentifier: undefined })],
    ],
  });

  describeDecoding("ListFileType answer", LIST_FILE_TYPE.response, {
    rejects: [
      [
        "the list under Data instead of NodeTypeInfoList",
        { RequestId: "r", Data: LIST_FILE_TYPE_EXAMPLE.NodeTypeInfoList },
      ],
      [
        "a NodeType sent as text",
        withFields(LIST_FILE_TYPE_EXAMPLE, {
          NodeTypeInfoList: {
            ...LIST_FILE_TYPE_EXAMPLE.NodeTypeInfoList,
            NodeTypeInfo: { NodeTypeName: "x", NodeType: "10" },
          },
        }),
      ],
    ],
  });

  it("listFileType fetches every page", async () => {
    const types = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => from + i);
    const sender = FakeSender.answering(
      typePage(types(1, 100), 1, 227),
      typePage(types(101, 100), 2, 227),
      typePage(types(201, 27), 3, 227),
    );
    assert.equal((await listFileType(sender, { projectIdentifier: "dw" })).length, 227);
    assert.deepEqual(sender.sent.map((op) => op.params.PageNumber), [1, 2, 3]);
  });
});
