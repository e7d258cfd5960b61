import { strict as assert } from "node:assert";
import {
  CREATE_DATA_SOURCE,
  LIST_DATA_SOURCES,
  UPDATE_DATA_SOURCE,
  createDataSource,
  deleteDataSource,
  findDataSource,
  listDataSources,
  updateDataSource,
} from "../../../../provider/services/dataworks/dataSources";
import { FakeSender } from "./fakeSender";
import {
  CREATE_DATA_SOURCE_EXAMPLE,
  DATA_SOURCE_ITEM_EXAMPLE,
  DELETE_DATA_SOURCE_EXAMPLE,
  LIST_DATA_SOURCES_EXAMPLE,
  UPDATE_DATA_SOURCE_EXAMPLE,
} from "./specExamples";
import { assertRefusedInput, describeDecoding, describeWireCases, withFields } from "./wireCases";

const RDS_CONTENT = {
  database: "dbname",
  instanceName: "instancename",
  password: "password",
  rdsOwnerId: "123",
  username: "username",
};
const ODPS_CONTENT = {
  accessId: "xssssss",
  accessKey: "xsaxsaxsa",
  authType: 2,
  endpoint: "http://service.odps.aliyun.com/api",
  project: "xsaxsax",
  tag: "public",
};

const LISTED_OUTPUT = {
  id: 1,
  name: "abc",
  dataSourceType: "rds",
  envType: 1,
  projectId: 123,
  content: {
    pubEndpoint: "http://service.cn.maxcompute.aliyun.com/api",
    accessId:
      "TMP.3KecGjvzy3i8MYfn2BGHgF7EHGyBFZcHm7GgngrABVRyvvKQrfF5kskR36xP361C3dqwbGo7SGYptAeGyiTwHXqLaBUvYC",
    securityToken: null,
    endpoint: "http://service.cn.maxcompute.aliyun-inc.com/api",
    accessKey: "***",
    name: "PRE_PROJECT_A_engine",
    project: "PRE_PROJECT_A",
    vpcEndpoint: "http://service.cn.maxcompute.aliyun-inc.com/api",
    region: "cn-shanghai",
    authType: "2",
  },
  subType: "mysql",
  status: 1,
  connectStatus: 1,
  description: "a connection",
  gmtCreate: "Mar 17, 2021 4:09:32 PM",
  gmtModified: "Mar 17, 2021 4:09:32 PM",
  sequence: 300,
  defaultEngine: false,
  shared: false,
  operator: "193543050****",
  bindingCalcEngineId: 123,
  tenantId: 1234567,
};

/** A ListDataSources page (tenant envelope). */
function sourcePage(items: unknown[], pageNumber = 1, totalCount = items.length): unknown {
  return {
    RequestId: `req-${pageNumber}`,
    HttpStatusCode: 200,
    Success: true,
    Data: { PageNumber: pageNumber, PageSize: 100, TotalCount: totalCount, DataSources: items },
  };
}
const source = (id: number, name: string, envType = 1) => ({
  ...DATA_SOURCE_ITEM_EXAMPLE,
  Id: id,
  Name: name,
  EnvType: envType,
});
const withSource = (fields: Record<string, unknown>): unknown =>
  sourcePage([{ ...DATA_SOURCE_ITEM_EXAMPLE, ...fields }]);

const withoutUndefined = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));

describe("dataSources", () => {
  describeWireCases({
    createDataSource: {
      call: (client) =>
        createDataSource(client, {
          projectId: 1,
          name: "abc",
          description: "abc",
          dataSourceType: "rds",
          subType: "mysql",
          envType: 1,
          content: RDS_CONTENT,
        }),
      answer: CREATE_DATA_SOURCE_EXAMPLE,
      action: "CreateDataSource",
      params: {
        ProjectId: 1,
        Name: "abc",
        Description: "abc",
        DataSourceType: "rds",
        SubType: "mysql",
        EnvType: 1,
        // `Content` is JSON text on the wire (§2.7.2).
        Content:
          '{"database":"dbname","instanceName":"instancename","password":"password","rdsOwnerId":"123","username":"username"}',
      },
      level: 2,
      idempotent: false,
      result: 123,
    },
    updateDataSource: {
      call: (client) =>
        updateDataSource(client, {
          dataSourceId: 1,
          envType: 1,
          content: ODPS_CONTENT,
          description: "xxx",
        }),
      answer: UPDATE_DATA_SOURCE_EXAMPLE,
      action: "UpdateDataSource",
      params: {
        DataSourceId: 1,
        EnvType: 1,
        Content:
          '{"accessId":"xssssss","accessKey":"xsaxsaxsa","authType":2,"endpoint":"http://service.odps.aliyun.com/api","project":"xsaxsax","tag":"public"}',
        Description: "xxx",
      },
      level: 2,
      idempotent: true,
      result: undefined,
    },
    deleteDataSource: {
      call: (client) => deleteDataSource(client, { dataSourceId: 1 }),
      answer: DELETE_DATA_SOURCE_EXAMPLE,
      action: "DeleteDataSource",
      params: { DataSourceId: 1 },
      level: 2,
      idempotent: true,
      result: undefined,
    },
    listDataSources: {
      call: (client) =>
        listDataSources(client, {
          projectId: 1,
          name: "test",
          dataSourceType: "rds",
          subType: "mysql",
          status: "ENABLED",
          envType: 1,
        }),
      answer: LIST_DATA_SOURCES_EXAMPLE,
      action: "ListDataSources",
      params: {
        ProjectId: 1,
        Name: "test",
        DataSourceType: "rds",
        SubType: "mysql",
        Status: "ENABLED",
        EnvType: 1,
        PageNumber: 1,
        PageSize: 100,
      },
      // The only read path for data sources is level 3 (§1.8, §3.5.3).
      level: 3,
      idempotent: true,
      result: [LISTED_OUTPUT],
    },
  });

  describeDecoding("CreateDataSource answer", CREATE_DATA_SOURCE.response, {
    accepts: [
      ["the spec example", CREATE_DATA_SOURCE_EXAMPLE, 123],
      [
        'the tenant HttpStatusCode typed String ("200")',
        withFields(CREATE_DATA_SOURCE_EXAMPLE, { HttpStatusCode: "200" }),
        123,
      ],
    ],
    rejects: [["a body without Data", withFields(CREATE_DATA_SOURCE_EXAMPLE, { Data: undefined })]],
  });

  describeDecoding("UpdateDataSource answer", UPDATE_DATA_SOURCE.response, {
    accepts: [
      [
        "the spec example",
        UPDATE_DATA_SOURCE_EXAMPLE,
        { applied: true, requestId: "0bc14115159376359****" },
      ],
    ],
    rejects: [['Data "true" as text', withFields(UPDATE_DATA_SOURCE_EXAMPLE, { Data: "true" })]],
  });

  describeDecoding("ListDataSources answer", LIST_DATA_SOURCES.response, {
    accepts: [
      [
        "an empty SubType as absent",
        withSource({ SubType: "" }),
        { items: [{ ...LISTED_OUTPUT, subType: undefined }].map(withoutUndefined), totalCount: 1 },
      ],
    ],
    rejects: [
      ["an EnvType outside 0/1", withSource({ EnvType: 2 })],
      ['an EnvType in another API\'s encoding ("PRD")', withSource({ EnvType: "PRD" })],
      ["a Content that is not JSON", withSource({ Content: "password=***" })],
      ["a Content that is a JSON array", withSource({ Content: "[]" })],
      ["a Status 3", withSource({ Status: 3 })],
      ["a data source without Id", withSource({ Id: undefined })],
    ],
  });

  it("updateDataSource fails when the service answers Data false", async () => {
    const sender = FakeSender.answering(withFields(UPDATE_DATA_SOURCE_EXAMPLE, { Data: false }));
    const update = updateDataSource(sender, { dataSourceId: 1, envType: 0, content: ODPS_CONTENT });
    await assert.rejects(update, {
      name: "CloudError",
      code: "NotApplied",
      action: "UpdateDataSource",
      requestId: "0bc14115159376359****",
    });
  });

  it("deleteDataSource fails when the service answers Data false", async () => {
    const sender = FakeSender.answering(withFields(DELETE_DATA_SOURCE_EXAMPLE, { Data: false }));
    await assert.rejects(deleteDataSource(sender, { dataSourceId: 1 }), { code: "NotApplied" });
  });

  it("listDataSources fetches every page", async () => {
    const sources = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => source(from + i, `s${from + i}`));
    const sender = FakeSender.answering(
      sourcePage(sources(1, 100), 1, 233),
      sourcePage(sources(101, 100), 2, 233),
      sourcePage(sources(201, 33), 3, 233),
    );
    assert.equal((await listDataSources(sender, { projectId: 1 })).length, 233);
    assert.deepEqual(sender.sent.map((op) => op.params.PageNumber), [1, 2, 3]);
  });

  describe("findDataSource", () => {
    it("makes one ListDataSources call filtered by Name and EnvType", async () => {
      const sender = FakeSender.answering(sourcePage([source(7, "abc", 0)]));
      await findDataSource(sender, { projectId: 1, name: "abc", envType: 0 });
      assert.deepEqual(sender.only.params, {
        ProjectId: 1,
        Name: "abc",
        EnvType: 0,
        PageNumber: 1,
        PageSize: 100,
      });
    });

    it("returns the data source whose name and EnvType match exactly", async () => {
      const sender = FakeSender.answering(
        sourcePage([source(1, "abcd", 0), source(2, "abc", 1), source(3, "abc", 0)]),
      );
      const found = await findDataSource(sender, { projectId: 1, name: "abc", envType: 0 });
      assert.equal(found?.id, 3);
    });

    it("returns undefined when only fuzzy or other-environment hits come back", async () => {
      const sender = FakeSender.answering(sourcePage([source(1, "abc_2", 0), source(2, "abc", 1)]));
      const found = await findDataSource(sender, { projectId: 1, name: "abc", envType: 0 });
      assert.equal(found, undefined);
    });

    it("does not fetch a second page once the exact match is found", async () => {
      const many = Array.from({ length: 100 }, (_, i) =>
        source(i + 1, i === 5 ? "abc" : `abc${i}`, 1),
      );
      const sender = FakeSender.answering(sourcePage(many, 1, 150));
      const found = await findDataSource(sender, { projectId: 1, name: "abc", envType: 1 });
      assert.equal(found?.id, 6);
      assert.equal(sender.sent.length, 1);
    });
  });

  describe("input validation", () => {
    const create = {
      projectId: 1,
      name: "n",
      dataSourceType: "mysql",
      envType: 1 as const,
      content: RDS_CONTENT,
    };

    it("refuses a SubType unless the type is rds (§2.7.1)", async () => {
      await assertRefusedInput(
        (c) => createDataSource(c, { ...create, subType: "mysql" }),
        /subType/,
      );
    });

    it("refuses an EnvType outside 0 (development) and 1 (production)", async () => {
      await assertRefusedInput(
        (c) => createDataSource(c, { ...create, envType: 2 as 1 }),
        /envType/,
      );
    });

    it("refuses to send back a masked secret copied from a read", async () => {
      await assertRefusedInput(
        (c) =>
          updateDataSource(c, {
            dataSourceId: 1,
            envType: 1,
            content: { ...ODPS_CONTENT, accessKey: "***" },
          }),
        /masked/,
      );
    });

    it("refuses a content that is not an object", async () => {
      await assertRefusedInput(
        (c) =>
          createDataSource(c, { ...create, content: "{}" as unknown as Record<string, unknown> }),
        /content/,
      );
    });
  });
});
