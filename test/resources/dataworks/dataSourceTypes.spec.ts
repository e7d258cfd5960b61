import { strict as assert } from "node:assert";
import { dataSourceDefinition } from "../../../resources/dataworks/dataSource";
import { contentAsConfigured } from "../../../resources/dataworks/dataSourceContent";
import {
  startEmulatorProvider,
  WORKSPACE,
  type EmulatorProvider,
} from "./dataWorksEmulatorProvider";

/**
 * The documented `Content` example of every data source type (spec/dataworks.md §2.7.2, values
 * verbatim), with its secret moved to the top-level secret input.
 */
const EXAMPLES: ReadonlyArray<{
  type: string;
  content: Record<string, string | number>;
  password?: string;
  accessKey?: string;
}> = [
  {
    type: "odps",
    content: {
      accessId: "xssssss",
      authType: 2,
      endpoint: "http://service.odps.aliyun.com/api",
      project: "xsaxsax",
      tag: "public",
    },
    accessKey: "xsaxsaxsa",
  },
  {
    type: "mysql",
    content: {
      database: "xsaxsa",
      instanceName: "rm-xsaxsa",
      rdsOwnerId: "xasxsa",
      regionId: "cn-shanghai",
      tag: "rds",
      username: "xsaxsa",
    },
    password: "xsaxsa",
  },
  {
    type: "rds",
    content: {
      configType: 1,
      tag: "rds",
      database: "xsaxsa",
      username: "xsaxsa",
      instanceName: "rm-xsaxs",
      rdsOwnerId: "11111111",
    },
    password: "xssaxsa$32050",
  },
  {
    type: "oss",
    content: {
      accessId: "sssssxx",
      bucket: "xsa-xs-xs",
      endpoint: "http://oss-cn-shanghai.aliyuncs.com",
      tag: "public",
    },
    accessKey: "xsaxaxsaxs",
  },
  {
    type: "sqlserver",
    content: {
      jdbcUrl: "jdbc:sqlserver://xsaxsa-xsaxsa.database.xxx.cn:123;DatabaseName=xsxs-xsxs",
      tag: "public",
      username: "sxaxacdacdd",
    },
    password: "sdasda$fs",
  },
  {
    type: "polardb",
    content: {
      clusterId: "pc-sdadsadsa",
      database: "dsadsadsa",
      ownerId: "121212122",
      region: "cn-shanghai",
      tag: "polardb",
      username: "asdadsads",
    },
    password: "sdasdafssa",
  },
  {
    type: "oracle",
    content: { jdbcUrl: "jdbc:oracle:saaa:@xxxxx:1521:PROD", tag: "public", username: "sasfadfa" },
    password: "sxasaxsa",
  },
  {
    type: "mongodb",
    content: {
      address: '["xsaxxsa.mongodb.rds.aliyuncs.com:3717"]',
      database: "admin",
      tag: "public",
      username: "dsadsadas",
    },
    password: "sadsda@",
  },
  {
    type: "emr",
    content: {
      accessId: "xsaxsa",
      emrClusterId: "C-dsads",
      emrResourceQueueName: "default",
      emrEndpoint: "emr.aliyuncs.com",
      emrUserId: "224833315798889783",
      name: "sasdsadsa",
      emrAccessMode: "simple",
      region: "cn-shanghai",
      authType: "2",
      emrProjectId: "FP-sdadsad",
    },
    accessKey: "dsadsad",
  },
  {
    type: "postgresql",
    content: { jdbcUrl: "jdbc:postgresql://xxxx:1921/ssss", tag: "public", username: "sdsasda" },
    password: "sdadsads",
  },
  {
    type: "analyticdb_for_mysql",
    content: {
      instanceId: "am-sadsada",
      database: "xsxsx",
      username: "xsxsa",
      connectionString: "am-xssxsxs.ads.aliyuncs.com:3306",
    },
    password: "asdadsa",
  },
  {
    type: "hybriddb_for_postgresql",
    content: {
      connectionString: "gp-xsaxsaxa-master.gpdbmaster.rds.aliyuncs.com",
      database: "xsaxsaxas",
      instanceId: "gp-xsaxsaxsa",
      port: "541132",
      ownerId: "xsaxsaxsas",
      username: "sadsad",
    },
    password: "xsaxsaxsa@11",
  },
  {
    type: "holo",
    content: { accessId: "xsaxsaxs", database: "xsaxsaxsa", instanceId: "xsaxa", tag: "aliyun" },
    accessKey: "xsaxsaxsa",
  },
  {
    type: "kafka",
    content: {
      instanceId: "xsax-cn-xsaxsa",
      regionId: "cn-shanghai",
      tag: "aliyun",
      ownerId: "1212121212112",
    },
  },
  {
    type: "redis",
    content: {
      address: '[{"host":"r-xxxx.redis.rds.aliyuncs.com","port":6379}]',
      aliyunKp: "12xxxx",
      tag: "public",
    },
    password: "redis-pass",
  },
  {
    type: "ads",
    content: {
      schema: "ads_demo",
      tag: "public",
      url: "ads-xxx-xxxx.cn-hangzhou-1.ads.aliyuncs.com:3029",
      username: "lslslsls",
    },
    password: "ads-pass",
  },
];

describe("dataworks.DataSource types and connection properties", () => {
  describe("every documented type against the emulator", () => {
    let env: EmulatorProvider;
    before(async () => {
      env = await startEmulatorProvider(dataSourceDefinition);
    });
    after(() => env.close());

    for (const example of EXAMPLES) {
      it(`${example.type}: creates from the documented content and reads it back without a diff`, async () => {
        const checked = await env.provider.check(
          {},
          { projectId: WORKSPACE, name: `ds_${example.type}`, ...example },
        );
        assert.equal(checked.failures, undefined);
        const created = await env.provider.create(checked.inputs!);
        const read = await env.provider.read(created.id, created.outs);
        assert.deepEqual(read.props, created.outs);
        assert.equal(
          (await env.provider.diff(created.id, read.props!, checked.inputs!)).changes,
          false,
        );
      });
    }
  });

  describe("contentAsConfigured", () => {
    it("turns numbers and booleans the service stringified back into the program's type", () => {
      assert.deepEqual(
        contentAsConfigured(
          { authType: "2", ssl: "true", port: "3306" },
          { authType: 2, ssl: true, port: "3306" },
        ),
        {
          authType: 2,
          ssl: true,
          port: "3306",
        },
      );
    });

    it("reports a changed number as the new number", () => {
      assert.deepEqual(contentAsConfigured({ authType: "3" }, { authType: 2 }), { authType: 3 });
    });

    it("drops keys the service adds and omits a configured key the service lost, so the next diff restores it", () => {
      assert.deepEqual(
        contentAsConfigured(
          { configType: "1", pubEndpoint: "x", tag: "rds" },
          { tag: "rds", database: "d" },
        ),
        { tag: "rds" },
      );
    });

    it("keeps the configured value where the service shows its mask", () => {
      assert.deepEqual(contentAsConfigured({ token: "***" }, { token: "t" }), { token: "t" });
    });

    it("writes a nested value the service returns as JSON text", () => {
      assert.deepEqual(contentAsConfigured({ address: ["h:1"] }, { address: '["h:1"]' }), {
        address: '["h:1"]',
      });
    });
  });
});
