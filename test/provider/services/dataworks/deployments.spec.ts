import { strict as assert } from "node:assert";
import {
  CHECK_FILE_DEPLOYMENT,
  GET_DEPLOYMENT,
  LIST_DEPLOYMENTS,
  checkFileDeployment,
  deployFile,
  getDeployment,
  listDeployments,
  submitFile,
} from "../../../../provider/services/dataworks/deployments";
import { FakeSender } from "./fakeSender";
import {
  CHECK_FILE_DEPLOYMENT_EXAMPLE,
  DEPLOY_FILE_EXAMPLE,
  GET_DEPLOYMENT_EXAMPLE,
  LIST_DEPLOYMENTS_EXAMPLE,
  SUBMIT_FILE_EXAMPLE,
} from "./specExamples";
import { assertRefusedInput, describeDecoding, describeWireCases, withFields } from "./wireCases";

const DEPLOYMENT = GET_DEPLOYMENT_EXAMPLE.Data.Deployment;
const withDeployment = (fields: Record<string, unknown>): unknown =>
  withFields(GET_DEPLOYMENT_EXAMPLE, { Data: { Deployment: { ...DEPLOYMENT, ...fields } } });

const LISTED = LIST_DEPLOYMENTS_EXAMPLE.Data.Deployments;
const LISTED_OUTPUT = {
  id: 11111,
  status: 1,
  name: "auto_created",
  errorMessage: "OK",
  createTime: 1593877765000,
  creator: "2003****",
  executor: "2003****",
  executeTime: 1593877765000,
};

/** A ListDeployments page ("List w/o status" family: RequestId and Data only). */
function deploymentPage(ids: number[], pageNumber: number, totalCount: number): unknown {
  return {
    RequestId: `req-${pageNumber}`,
    Data: {
      PageNumber: pageNumber,
      PageSize: 100,
      TotalCount: totalCount,
      Deployments: ids.map((id) => ({ ...LISTED, Id: id })),
    },
  };
}

describe("deployments", () => {
  describeWireCases({
    submitFile: {
      call: (client) =>
        submitFile(client, { projectId: 10000, fileId: 1000000, comment: "第一次提交任务" }),
      answer: SUBMIT_FILE_EXAMPLE,
      action: "SubmitFile",
      params: { ProjectId: 10000, FileId: 1000000, Comment: "第一次提交任务" },
      level: 3,
      idempotent: false,
      result: 3000001,
    },
    deployFile: {
      call: (client) =>
        deployFile(client, {
          projectIdentifier: "dw_project",
          fileId: 10000001,
          comment: "第一次发布任务",
        }),
      answer: DEPLOY_FILE_EXAMPLE,
      action: "DeployFile",
      params: { ProjectIdentifier: "dw_project", FileId: 10000001, Comment: "第一次发布任务" },
      level: 3,
      idempotent: false,
      result: 30000001,
    },
    getDeployment: {
      call: (client) => getDeployment(client, { projectId: 10000, deploymentId: 3000001 }),
      answer: GET_DEPLOYMENT_EXAMPLE,
      action: "GetDeployment",
      params: { ProjectId: 10000, DeploymentId: 3000001 },
      level: 1,
      idempotent: true,
      result: {
        status: 1,
        handlerId: "2003****",
        executeTime: 1593877765000,
        creatorId: "20030****",
        createTime: 1593877765000,
        toEnvironment: 1,
        fromEnvironment: 0,
        errorMessage: "成功",
        name: "ods_user_info_d-2020-07-04_20030****",
      },
    },
    checkFileDeployment: {
      call: (client) =>
        checkFileDeployment(client, { checkerInstanceId: "66_123455623_2", status: "OK" }),
      answer: CHECK_FILE_DEPLOYMENT_EXAMPLE,
      action: "CheckFileDeployment",
      params: { CheckerInstanceId: "66_123455623_2", Status: "OK" },
      level: 1,
      idempotent: true,
      result: undefined,
    },
    listDeployments: {
      call: (client) =>
        listDeployments(client, {
          projectIdentifier: "dw_project",
          creator: "20030****",
          endCreateTime: 1593877765000,
          executor: "2003****",
          endExecuteTime: 1593877765000,
          status: 1,
          keyword: "hello",
        }),
      answer: LIST_DEPLOYMENTS_EXAMPLE,
      action: "ListDeployments",
      params: {
        ProjectIdentifier: "dw_project",
        Creator: "20030****",
        EndCreateTime: 1593877765000,
        Executor: "2003****",
        EndExecuteTime: 1593877765000,
        Status: 1,
        Keyword: "hello",
        PageNumber: 1,
        PageSize: 100,
      },
      level: 1,
      idempotent: true,
      result: [LISTED_OUTPUT],
    },
  });

  describeDecoding("GetDeployment answer", GET_DEPLOYMENT.response, {
    accepts: [
      [
        "CheckingStatus 8 (checking)",
        withDeployment({ Status: 0, CheckingStatus: 8 }),
        { ...camelCased(DEPLOYMENT), status: 0, checkingStatus: 8 },
      ],
      [
        "an empty CheckingStatus as no check pending",
        withDeployment({ CheckingStatus: "" }),
        camelCased(DEPLOYMENT),
      ],
      [
        "ToEnvironment 2 (production) from FromEnvironment 1 (development)",
        withDeployment({ FromEnvironment: 1, ToEnvironment: 2 }),
        { ...camelCased(DEPLOYMENT), fromEnvironment: 1, toEnvironment: 2 },
      ],
    ],
    rejects: [
      ["Status 6, which only ListDeployments documents", withDeployment({ Status: 6 })],
      ["CheckingStatus 9", withDeployment({ CheckingStatus: 9 })],
      ["ToEnvironment 0 (an encoding of another API)", withDeployment({ ToEnvironment: 0 })],
      ["FromEnvironment 2", withDeployment({ FromEnvironment: 2 })],
      ["a Status sent as text", withDeployment({ Status: "1" })],
      ["a missing Deployment", withFields(GET_DEPLOYMENT_EXAMPLE, { Data: {} })],
    ],
  });

  describeDecoding("ListDeployments answer", LIST_DEPLOYMENTS.response, {
    accepts: [
      [
        "Status 6 (rejected)",
        withFields(LIST_DEPLOYMENTS_EXAMPLE, {
          Data: { ...LIST_DEPLOYMENTS_EXAMPLE.Data, Deployments: [{ ...LISTED, Status: 6 }] },
        }),
        { items: [{ ...LISTED_OUTPUT, status: 6 }], totalCount: 13 },
      ],
    ],
    rejects: [
      [
        "Status 3",
        withFields(LIST_DEPLOYMENTS_EXAMPLE, {
          Data: { ...LIST_DEPLOYMENTS_EXAMPLE.Data, Deployments: [{ ...LISTED, Status: 3 }] },
        }),
      ],
      [
        "a deployment without Id",
        withFields(LIST_DEPLOYMENTS_EXAMPLE, {
          Data: { ...LIST_DEPLOYMENTS_EXAMPLE.Data, Deployments: [{ ...LISTED, Id: undefined }] },
        }),
      ],
    ],
  });

  describeDecoding("CheckFileDeployment answer", CHECK_FILE_DEPLOYMENT.response, {
    accepts: [["the spec example (RequestId only)", CHECK_FILE_DEPLOYMENT_EXAMPLE, undefined]],
    rejects: [["a body without RequestId", {}]],
  });

  it("listDeployments fetches every page", async () => {
    const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
    const sender = FakeSender.answering(
      deploymentPage(ids(1, 100), 1, 230),
      deploymentPage(ids(101, 100), 2, 230),
      deploymentPage(ids(201, 30), 3, 230),
    );
    const all = await listDeployments(sender, { projectId: 1 });
    assert.deepEqual(
      all.map((d) => d.id),
      ids(1, 230),
    );
    assert.deepEqual(
      sender.sent.map((op) => op.params.PageNumber),
      [1, 2, 3],
    );
  });

  it("deployFile addresses the file by NodeId when only nodeId is given", async () => {
    const sender = FakeSender.answering(DEPLOY_FILE_EXAMPLE);
    await deployFile(sender, { projectId: 10000, nodeId: 2000001 });
    assert.deepEqual(sender.only.params, { ProjectId: 10000, NodeId: 2000001 });
  });

  it("deployFile refuses both fileId and nodeId", async () => {
    await assertRefusedInput(
      (c) => deployFile(c, { projectId: 1, fileId: 1, nodeId: 2 }),
      /exactly one of fileId, nodeId/,
    );
  });

  it("checkFileDeployment refuses a status outside OK, WARN, FAIL", async () => {
    await assertRefusedInput(
      (c) => checkFileDeployment(c, { checkerInstanceId: "x", status: "PASS" as "OK" }),
      /status/,
    );
  });
});

/** The camelCase output of a flat wire object, for expectations built from the spec example. */
function camelCased(wire: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(wire).map(([key, value]) => [key.charAt(0).toLowerCase() + key.slice(1), value]),
  );
}
