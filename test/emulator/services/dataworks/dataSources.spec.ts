import { strict as assert } from "node:assert";
import { DataWorksHarness, SIMPLE, STANDARD } from "./dataWorksHarness";

/** One documented `Content` sample per type (spec/dataworks.md §2.7.2), secrets included. */
const SAMPLES: Record<string, { subType?: string; content: Record<string, unknown> }> = {
  odps: {
    content: {
      accessId: "xssssss",
      accessKey: "ak-secret",
      authType: 2,
      endpoint: "http://service.odps.aliyun.com/api",
      project: "p1",
      tag: "public",
    },
  },
  mysql: {
    content: {
      database: "db",
      instanceName: "rm-1",
      password: "pw-secret",
      rdsOwnerId: "1",
      regionId: "cn-shanghai",
      tag: "rds",
      username: "u",
    },
  },
  rds: {
    subType: "mysql",
    content: {
      configType: 1,
      tag: "rds",
      database: "db",
      username: "u",
      password: "pw-secret",
      instanceName: "rm-2",
      rdsOwnerId: "11111111",
    },
  },
  oss: {
    content: {
      accessId: "id",
      accessKey: "ak-secret",
      bucket: "b-1",
      endpoint: "http://oss-cn-shanghai.aliyuncs.com",
      tag: "public",
    },
  },
  sqlserver: {
    content: {
      jdbcUrl: "jdbc:sqlserver://h.database.cn:123;DatabaseName=x",
      password: "pw-secret",
      tag: "public",
      username: "u",
    },
  },
  polardb: {
    content: {
      clusterId: "pc-1",
      database: "db",
      ownerId: "1",
      password: "pw-secret",
      region: "cn-shanghai",
      tag: "polardb",
      username: "u",
    },
  },
  oracle: {
    content: {
      jdbcUrl: "jdbc:oracle:thin:@h:1521:PROD",
      password: "pw-secret",
      tag: "public",
      username: "u",
    },
  },
  mongodb: {
    content: {
      address: '["x.mongodb.rds.aliyuncs.com:3717"]',
      database: "admin",
      password: "pw-secret",
      tag: "public",
      username: "u",
    },
  },
  emr: {
    content: {
      accessId: "id",
      emrClusterId: "C-1",
      emrResourceQueueName: "default",
      emrEndpoint: "emr.aliyuncs.com",
      accessKey: "ak-secret",
      emrUserId: "2",
      name: "n",
      emrAccessMode: "simple",
      region: "cn-shanghai",
      authType: "2",
      emrProjectId: "FP-1",
    },
  },
  postgresql: {
    content: {
      jdbcUrl: "jdbc:postgresql://h:1921/s",
      password: "pw-secret",
      tag: "public",
      username: "u",
    },
  },
  analyticdb_for_mysql: {
    content: {
      instanceId: "am-1",
      database: "db",
      username: "u",
      password: "pw-secret",
      connectionString: "am-1.ads.aliyuncs.com:3306",
    },
  },
  hybriddb_for_postgresql: {
    content: {
      connectionString: "gp-1.gpdbmaster.rds.aliyuncs.com",
      database: "db",
      password: "pw-secret",
      instanceId: "gp-1",
      port: "541132",
      ownerId: "o",
      username: "u",
    },
  },
  holo: {
    content: {
      accessId: "id",
      accessKey: "ak-secret",
      database: "db",
      instanceId: "h-1",
      tag: "aliyun",
    },
  },
  kafka: { content: { instanceId: "k-1", regionId: "cn-shanghai", tag: "aliyun", ownerId: "1" } },
};

describe("DataWorks emulator: data sources", () => {
  let dw: DataWorksHarness;
  beforeEach(async () => {
    dw = await DataWorksHarness.start();
  });
  afterEach(() => dw.close());

  const create = (
    name: string,
    type: string,
    content: unknown,
    extra: Record<string, string | number> = {},
  ) =>
    dw.call("CreateDataSource", {
      ProjectId: STANDARD,
      Name: name,
      DataSourceType: type,
      EnvType: 1,
      Content: typeof content === "string" ? content : JSON.stringify(content),
      ...extra,
    });
  const list = async (params: Record<string, string | number> = {}) =>
    (await dw.ok("ListDataSources", { ProjectId: STANDARD, ...params }))["Data"];

  for (const [type, sample] of Object.entries(SAMPLES)) {
    it(`CreateDataSource: accepts the documented ${type} content and ListDataSources masks its secrets`, async () => {
      const answer = await create(
        `ds_${type}`,
        type,
        sample.content,
        sample.subType ? { SubType: sample.subType } : {},
      );
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      const id = answer.body["Data"] as number;
      const data = await list({ Name: `ds_${type}` });
      assert.equal(data.TotalCount, 1);
      const read = JSON.parse(data.DataSources[0].Content) as Record<string, unknown>;
      for (const [key, value] of Object.entries(sample.content)) {
        if (key === "password" || key === "accessKey") assert.equal(read[key], "***");
        else assert.equal(read[key], typeof value === "number" ? String(value) : value);
      }
      // The stored record keeps the real secret; only reads mask it.
      assert.deepEqual(JSON.parse(dw.state().dataSources[String(id)]!.content), sample.content);
    });
  }

  it("CreateDataSource: answers the tenant envelope with the new ID in Data", async () => {
    const answer = await create("env", "mysql", SAMPLES["mysql"]!.content);
    assert.deepEqual(Object.keys(answer.body).sort(), [
      "Data",
      "HttpStatusCode",
      "RequestId",
      "Success",
    ]);
    assert.equal(answer.body["HttpStatusCode"], 200);
    assert.equal(typeof answer.body["Data"], "number");
  });

  it('CreateDataSource: answers HttpStatusCode as the string "200" with option tenantStatusCodeAsString', async () => {
    await dw.close();
    dw = await DataWorksHarness.start({
      serviceOptions: { "dataworks.tenantStatusCodeAsString": true },
    });
    const answer = await create("env", "mysql", SAMPLES["mysql"]!.content);
    assert.equal(answer.body["HttpStatusCode"], "200");
  });

  it("CreateDataSource: accepts the documented rds example without a tag (instance mode)", async () => {
    const content = {
      database: "dbname",
      instanceName: "instancename",
      password: "password",
      rdsOwnerId: "123",
      username: "username",
    };
    const answer = await create("abc", "rds", content, { SubType: "mysql", Description: "abc" });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
  });

  it("CreateDataSource: rejects a second name in the same environment with ConnectionAlreadyExist", async () => {
    await create("dup", "mysql", SAMPLES["mysql"]!.content);
    const body = await dw.fails(
      "CreateDataSource",
      {
        ProjectId: STANDARD,
        Name: "dup",
        DataSourceType: "mysql",
        EnvType: 1,
        Content: JSON.stringify(SAMPLES["mysql"]!.content),
      },
      400,
      "ConnectionAlreadyExist",
    );
    assert.equal(body["Message"], "The connection with envType 1 and name dup already exists.");
  });

  it("CreateDataSource: allows the same name once per environment", async () => {
    await create("twice", "mysql", SAMPLES["mysql"]!.content);
    const answer = await create("twice", "mysql", SAMPLES["mysql"]!.content, { EnvType: 0 });
    assert.equal(answer.status, 200);
    const names = Object.values(dw.state().dataSources).filter((d) => d.name === "twice");
    assert.deepEqual(names.map((d) => d.envType).sort(), [0, 1]);
  });

  const base = {
    ProjectId: STANDARD,
    Name: "x",
    DataSourceType: "mysql",
    EnvType: 1,
    Content: JSON.stringify(SAMPLES["mysql"]!.content),
  };
  const cases: [string, Record<string, string | number>, number, string, string?][] = [
    ["without Name", { Name: "" }, 400, "MissingParameter"],
    ["without ProjectId", { ProjectId: "" }, 400, "MissingParameter"],
    ["with a non-numeric ProjectId", { ProjectId: "ten" }, 400, "InvalidParameter"],
    [
      "in an unknown workspace",
      { ProjectId: 424242 },
      400,
      "Invalid.Tenant.ProjectNotExists",
      "The project does not exist.",
    ],
    ["with EnvType 2", { EnvType: 2 }, 400, "Invalid.Param"],
    [
      "with an unknown type",
      { DataSourceType: "db2" },
      400,
      "Invalid.DataSource.DataSourceTypeNotExist",
      "The data source type db2 does not exist.",
    ],
    ["with SubType on a non-rds type", { SubType: "mysql" }, 400, "Invalid.Param"],
    [
      "with an unsupported rds SubType",
      { DataSourceType: "rds", SubType: "oracle" },
      400,
      "Invalid.DataSource.DataSourceTypeNotSupport",
      "The dataSourceType rds and subType oracle are not supported.",
    ],
    ["with Content that is not JSON", { Content: "user=a" }, 400, "Invalid.Param"],
    [
      "with Content missing a required property",
      {
        Content: JSON.stringify({
          tag: "rds",
          instanceName: "rm-1",
          database: "db",
          username: "u",
        }),
      },
      400,
      "MissingParam.ConnectionStr.Property",
      "You must specify property password required by the data source connection string.",
    ],
    [
      "with a jdbcUrl of another engine",
      {
        DataSourceType: "sqlserver",
        Content: JSON.stringify({ jdbcUrl: "jdbc:mysql://h/db", username: "u", password: "p" }),
      },
      400,
      "DataSource.ConnectionStrProperty.PatternNotMatch",
      "The pattern value jdbc:mysql://h/db is invalid. The correct pattern is jdbc:sqlserver://….",
    ],
    [
      "with a RAM role of another account",
      {
        DataSourceType: "odps",
        Content: JSON.stringify({
          project: "p",
          endpoint: "http://e",
          roleArn: "acs:ram::42:role/x",
        }),
      },
      400,
      "DataSource.CheckRamRoleFailure",
      "Failed to check the RAM role. AccountId 1000000000001. roleArn acs:ram::42:role/x.",
    ],
  ];
  for (const [when, override, status, code, message] of cases) {
    it(`CreateDataSource: answers ${code} ${when}`, async () => {
      const before = Object.keys(dw.state().dataSources).length;
      const body = await dw.fails("CreateDataSource", { ...base, ...override }, status, code);
      if (message !== undefined) assert.equal(body["Message"], message);
      assert.equal(Object.keys(dw.state().dataSources).length, before);
      assert.equal(dw.lastRequest("CreateDataSource").errorCode, code);
    });
  }

  it("CreateDataSource: keeps secrets out of the request log", async () => {
    await create("logged", "mysql", SAMPLES["mysql"]!.content);
    const logged = JSON.stringify(dw.lastRequest("CreateDataSource").parameters);
    assert.ok(!logged.includes("pw-secret"), logged);
  });

  it("CreateDataSource: masks a jdbcUrl password in the PatternNotMatch message", async () => {
    const jdbcUrl = "jdbc:mysql://h/db?user=u&password=url-secret";
    const content = JSON.stringify({ jdbcUrl, username: "u", password: "p" });
    const override = { DataSourceType: "sqlserver", Content: content };
    const code = "DataSource.ConnectionStrProperty.PatternNotMatch";
    const body = await dw.fails("CreateDataSource", { ...base, ...override }, 400, code);
    const message = String(body["Message"]);
    assert.match(message, /^The pattern value jdbc:mysql:\/\/h\/db\?user=u&password=/);
    assert.doesNotMatch(message, /url-secret/);
  });

  it("UpdateDataSource: replaces the content and description and answers Data true", async () => {
    const id = (await create("upd", "odps", SAMPLES["odps"]!.content)).body["Data"] as number;
    const content = { ...SAMPLES["odps"]!.content, project: "p2" };
    const body = await dw.ok("UpdateDataSource", {
      DataSourceId: id,
      EnvType: 1,
      Content: JSON.stringify(content),
      Description: "new",
    });
    assert.equal(body["Data"], true);
    const stored = dw.state().dataSources[String(id)]!;
    assert.deepEqual([JSON.parse(stored.content).project, stored.description], ["p2", "new"]);
  });

  it("UpdateDataSource: checks the new content against the stored type", async () => {
    const id = (await create("upd", "odps", SAMPLES["odps"]!.content)).body["Data"] as number;
    await dw.fails(
      "UpdateDataSource",
      { DataSourceId: id, EnvType: 1, Content: JSON.stringify(SAMPLES["mysql"]!.content) },
      400,
      "MissingParam.ConnectionStr.Property",
    );
  });

  it("UpdateDataSource: answers Invalid.Connection.Empty without Content", async () => {
    const id = (await create("upd", "odps", SAMPLES["odps"]!.content)).body["Data"] as number;
    const body = await dw.fails(
      "UpdateDataSource",
      { DataSourceId: id, EnvType: 1 },
      400,
      "Invalid.Connection.Empty",
    );
    assert.equal(body["Message"], "You must specify the connection parameter.");
  });

  it("UpdateDataSource: answers Required.Parameter.Empty without EnvType", async () => {
    const body = await dw.fails(
      "UpdateDataSource",
      { DataSourceId: 1, Content: '{"a":1}' },
      400,
      "Required.Parameter.Empty",
    );
    assert.equal(body["Message"], "You must specify the parameter EnvType.");
  });

  it("UpdateDataSource: answers DataSource.NotFound for an unknown ID", async () => {
    const body = await dw.fails(
      "UpdateDataSource",
      { DataSourceId: 999, EnvType: 1, Content: '{"a":1}' },
      400,
      "DataSource.NotFound",
    );
    assert.equal(body["Message"], "The specified data source ID 999 does not exist.");
  });

  it("UpdateDataSource: refuses to move an engine-bound data source to another environment", async () => {
    const bound = Object.values(dw.state().dataSources).find(
      (d) => d.projectId === STANDARD && d.envType === 1,
    )!;
    await dw.fails(
      "UpdateDataSource",
      { DataSourceId: bound.dataSourceId, EnvType: 0, Content: bound.content },
      400,
      "Invalid.Operation",
    );
  });

  it("UpdateDataSource: refuses an EnvType change with option dataSourceEnvTypeUpdate reject", async () => {
    await dw.close();
    dw = await DataWorksHarness.start({
      serviceOptions: { "dataworks.dataSourceEnvTypeUpdate": "reject" },
    });
    const id = (await create("upd", "odps", SAMPLES["odps"]!.content)).body["Data"] as number;
    await dw.fails(
      "UpdateDataSource",
      { DataSourceId: id, EnvType: 0, Content: JSON.stringify(SAMPLES["odps"]!.content) },
      400,
      "Invalid.Param",
    );
    assert.equal(dw.state().dataSources[String(id)]!.envType, 1);
  });

  it("DeleteDataSource: removes the data source and answers Data true", async () => {
    const id = (await create("del", "oss", SAMPLES["oss"]!.content)).body["Data"] as number;
    assert.equal((await dw.ok("DeleteDataSource", { DataSourceId: id }))["Data"], true);
    assert.equal(dw.state().dataSources[String(id)], undefined);
    assert.equal((await list({ Name: "del" })).TotalCount, 0);
  });

  it("DeleteDataSource: answers Invalid.Tenant.ConnectionNotExists for an unknown ID", async () => {
    await dw.fails(
      "DeleteDataSource",
      { DataSourceId: 999 },
      400,
      "Invalid.Tenant.ConnectionNotExists",
    );
  });

  it("DeleteDataSource: answers MissingParameter without DataSourceId", async () => {
    await dw.fails("DeleteDataSource", {}, 400, "MissingParameter");
  });

  it("DeleteDataSource: refuses the engine-bound odps_first with Invalid.Operation", async () => {
    const bound = Object.values(dw.state().dataSources).find((d) => d.name === "odps_first")!;
    const body = await dw.fails(
      "DeleteDataSource",
      { DataSourceId: bound.dataSourceId },
      400,
      "Invalid.Operation",
    );
    assert.equal(
      body["Message"],
      "You cannot delete the bindingCalcEngine that is bound to the data source.",
    );
    assert.ok(dw.state().dataSources[String(bound.dataSourceId)]);
  });

  it("ListDataSources: lists the seeded odps_first of each environment of a standard workspace", async () => {
    const data = await list();
    assert.deepEqual(
      data.DataSources.map((d: any) => [d.Name, d.EnvType, d.DefaultEngine]),
      [
        ["odps_first", 1, true],
        ["odps_first", 0, true],
      ],
    );
    assert.equal((await dw.ok("ListDataSources", { ProjectId: SIMPLE }))["Data"].TotalCount, 1);
  });

  it("ListDataSources: sorts by Sequence descending and pages with a default size of 10", async () => {
    for (let i = 0; i < 12; i++) await create(`page_${i}`, "kafka", SAMPLES["kafka"]!.content);
    const first = await list();
    assert.deepEqual(
      [first.PageNumber, first.PageSize, first.TotalCount, first.DataSources.length],
      [1, 10, 14, 10],
    );
    assert.equal(first.DataSources[0].Name, "page_11");
    const sequences = first.DataSources.map((d: any) => d.Sequence as number);
    assert.deepEqual(
      sequences,
      [...sequences].sort((a, b) => b - a),
    );
    const second = await list({ PageNumber: 2 });
    assert.equal(second.DataSources.length, 4);
  });

  it("ListDataSources: rejects PageSize above 100 with Invalid.Param", async () => {
    await dw.fails("ListDataSources", { ProjectId: STANDARD, PageSize: 101 }, 400, "Invalid.Param");
  });

  it("ListDataSources: filters by type, environment and status", async () => {
    await create("a", "kafka", SAMPLES["kafka"]!.content);
    await create("b", "kafka", SAMPLES["kafka"]!.content, { EnvType: 0 });
    assert.equal((await list({ DataSourceType: "kafka" })).TotalCount, 2);
    assert.equal((await list({ DataSourceType: "kafka", EnvType: 0 })).TotalCount, 1);
    assert.equal((await list({ Status: "DISABLED" })).TotalCount, 0);
    await dw.fails("ListDataSources", { ProjectId: STANDARD, Status: "ON" }, 400, "Invalid.Param");
  });

  it("ListDataSources: matches Name exactly by default and fuzzily with option dataSourceNameMatch", async () => {
    await create("orders_db", "kafka", SAMPLES["kafka"]!.content);
    assert.equal((await list({ Name: "orders" })).TotalCount, 0);
    await dw.close();
    dw = await DataWorksHarness.start({
      serviceOptions: { "dataworks.dataSourceNameMatch": "fuzzy" },
    });
    await create("orders_db", "kafka", SAMPLES["kafka"]!.content);
    assert.equal((await list({ Name: "ORDERS" })).TotalCount, 1);
  });

  it("ListDataSources: returns every documented item field", async () => {
    await create("fields", "rds", SAMPLES["rds"]!.content, { SubType: "mysql", Description: "d" });
    const item = (await list({ Name: "fields" })).DataSources[0];
    for (const field of [
      "Id",
      "Name",
      "DataSourceType",
      "SubType",
      "EnvType",
      "ProjectId",
      "Description",
      "Content",
      "Status",
      "ConnectStatus",
      "Sequence",
      "DefaultEngine",
      "Shared",
      "Operator",
      "TenantId",
      "GmtCreate",
      "GmtModified",
    ]) {
      assert.ok(field in item, field);
    }
    assert.match(item.GmtCreate, /^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2}:\d{2} (AM|PM)$/);
    assert.equal(JSON.parse(item.Content).configType, "1");
  });

  it("ListDataSources: answers MissingParameter without ProjectId", async () => {
    await dw.fails("ListDataSources", {}, 400, "MissingParameter");
  });
});
