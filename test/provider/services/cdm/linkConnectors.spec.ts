import assert from "node:assert/strict";
import { CDM_LINK_CONNECTORS, type CdmLinkConnectorName } from "../../../../provider/services/cdm";

/** The inputs of each connector's seed sample (spec/cdm.md §3.5), as typed configs. */
const SAMPLES: Record<CdmLinkConnectorName, Record<string, unknown>> = {
  "generic-jdbc-connector": {
    "linkConfig.databaseType": "MYSQL",
    "linkConfig.host": "10.120.205.30",
    "linkConfig.port": "3306",
    "linkConfig.database": "DB_name",
    "linkConfig.username": "username",
    "linkConfig.password": "Add password here",
    "linkConfig.useAgent": false,
    "linkConfig.fetchSize": "10000",
    "linkConfig.commitSize": "10000",
    "linkConfig.usingNative": false,
    "linkConfig.useSSL": false,
  },
  "obs-connector": {
    "linkConfig.storageType": "OBS",
    "linkConfig.server": "10.121.16.183",
    "linkConfig.port": "443",
    "linkConfig.accessKey": "AK",
    "linkConfig.securityKey": "SK",
  },
  "hdfs-connector": {
    "linkConfig.hadoopType": "FusionInsight HD",
    "linkConfig.host": "10.120.205.143",
    "linkConfig.casPort": "20009",
    "linkConfig.port": "28443",
    "linkConfig.authType": "KERBEROS",
    "linkConfig.user": "admin",
    "linkConfig.password": "Add password here",
    "linkConfig.runMode": "STANDALONE",
  },
  "hbase-connector": {
    "linkConfig.hbaseType": "MRS",
    "linkConfig.host": "192.168.0.34",
    "linkConfig.user": "zephyr",
    "linkConfig.password": "Add password here.",
    "linkConfig.authType": "KERBEROS",
    "linkConfig.serviceType": "HDFS",
    "linkConfig.hBaseVersion": "HBASE_2_X",
    "linkConfig.runMode": "EMBEDDED",
  },
  "hive-connector": {
    "linkConfig.host": "10.120.205.230",
    "linkConfig.authType": "KERBEROS",
    "linkConfig.user": "cdm",
    "linkConfig.password": "Add password here",
  },
  "ftp-connector": {
    "linkConfig.server": "10.120.85.167",
    "linkConfig.port": "21",
    "linkConfig.username": "username",
    "linkConfig.password": "Add password here",
  },
  "sftp-connector": {
    "linkConfig.server": "10.120.85.167",
    "linkConfig.port": "22",
    "linkConfig.username": "username",
    "linkConfig.password": "Add password here",
  },
  "mongodb-connector": {
    "linkConfig.serverList": "10.120.84.149:27017",
    "linkConfig.database": "DB_name",
    "linkConfig.userName": "username",
    "linkConfig.password": "Add password here",
  },
  "redis-connector": {
    "linkConfig.deploymentMode": "Cluster",
    "linkConfig.serverlist": "10.120.84.149:7300",
    "linkConfig.password": "Add password here",
    "linkConfig.dbIndex": "0",
  },
  "kafka-connector": {
    "linkConfig.hadoopType": "MRS",
    "linkConfig.host": "192.168.1.147",
    "linkConfig.user": "liuhuan1",
    "linkConfig.password": "Add password here.",
    "linkConfig.authType": "KERBEROS",
  },
  "dis-connector": {
    "linkConfig.region": "Region",
    "linkConfig.endpoint": "https://dis.ap-southeast-1.myhuaweiclouds.com",
    "linkConfig.ak": "RSO6TTEZMJ6TTFBBAACE",
    "linkConfig.sk": "Add password here",
    "linkConfig.projectId": "11d4d5af17c84660bc90b6631327d7c7",
  },
  "elasticsearch-connector": {
    "linkConfig.host": "192.168.0.50:9200;192.168.0.62:9200",
    "linkConfig.safemode": true,
    "linkConfig.user": "admin",
    "linkConfig.password": "Add password here.",
    "linkConfig.linkType": "CSS",
  },
  "dli-connector": {
    "linkConfig.ak": "GRC2WR0IDC6NGROYLWU2",
    "linkConfig.sk": "Add password here",
    "linkConfig.region": "ap-southeast-1",
    "linkConfig.projectId": "c48475ce8e174a7a9f775706a3d5e2",
  },
  "http-connector": {},
  "dms-kafka-connector": {
    "linkConfig.kafkaType": "Platinum",
    "linkConfig.brokerList": "100.85.121.112:9094,100.85.220.134:9094,100.85.127.232:9094",
    "linkConfig.isPlatinumInstance": false,
  },
};

/** One required parameter per connector (spec/cdm.md §3.5 "Req Yes"). */
const REQUIRED: Partial<Record<CdmLinkConnectorName, string>> = {
  "generic-jdbc-connector": "linkConfig.password",
  "obs-connector": "linkConfig.securityKey",
  "hdfs-connector": "linkConfig.hadoopType",
  "hbase-connector": "linkConfig.hBaseVersion",
  "hive-connector": "linkConfig.authType",
  "ftp-connector": "linkConfig.server",
  "sftp-connector": "linkConfig.port",
  "mongodb-connector": "linkConfig.serverList",
  "redis-connector": "linkConfig.dbIndex",
  "kafka-connector": "linkConfig.user",
  "dis-connector": "linkConfig.projectId",
  "elasticsearch-connector": "linkConfig.linkType",
  "dli-connector": "linkConfig.region",
  "dms-kafka-connector": "linkConfig.isPlatinumInstance",
};

describe("cdm link connectors", () => {
  for (const [connector, sample] of Object.entries(SAMPLES)) {
    it(`${connector} accepts the seed sample`, () => {
      const result = CDM_LINK_CONNECTORS[connector as CdmLinkConnectorName].safeParse(sample);
      assert.equal(result.success, true, result.success ? "" : result.error.message);
    });
  }

  for (const [connector, name] of Object.entries(REQUIRED)) {
    it(`${connector} rejects a config without ${name}`, () => {
      const { [name]: _dropped, ...rest } = SAMPLES[connector as CdmLinkConnectorName];
      assert.equal(CDM_LINK_CONNECTORS[connector as CdmLinkConnectorName].safeParse(rest).success, false);
    });
  }

  it("hbase-connector accepts the CloudTable sample of §3.5.5", () => {
    const cloudTable = {
      "linkConfig.hbaseType": "CloudTable",
      "linkConfig.zookeeperQuorum": "cloudtable-pass-zk2-bae54VGN.cloudtable.com:2181",
      "linkConfig.iamAuth": true,
      "linkConfig.cloudtableUser": "zane",
      "linkConfig.accessKey": "AK",
      "linkConfig.securityKey": "SK",
      "linkConfig.runMode": "EMBEDDED",
    };
    assert.equal(CDM_LINK_CONNECTORS["hbase-connector"].safeParse(cloudTable).success, true);
  });

  it("hbase-connector requires the CloudTable parameters when hbaseType is CloudTable", () => {
    const result = CDM_LINK_CONNECTORS["hbase-connector"].safeParse({
      "linkConfig.hbaseType": "CloudTable",
      "linkConfig.hBaseVersion": "HBASE_2_X",
    });
    assert.equal(result.success, false);
  });

  it("rejects a parameter the connector does not document", () => {
    const result = CDM_LINK_CONNECTORS["obs-connector"].safeParse({
      ...SAMPLES["obs-connector"],
      "linkConfig.bucket": "b",
    });
    assert.equal(result.success, false);
  });

  it("rejects a value outside a documented enum", () => {
    const result = CDM_LINK_CONNECTORS["generic-jdbc-connector"].safeParse({
      ...SAMPLES["generic-jdbc-connector"],
      "linkConfig.databaseType": "SQLITE",
    });
    assert.equal(result.success, false);
  });

  it("sends authType upper-case when given as Simple/Kerberos", () => {
    const parsed = CDM_LINK_CONNECTORS["hdfs-connector"].parse({
      ...SAMPLES["hdfs-connector"],
      "linkConfig.authType": "Kerberos",
    });
    assert.equal(parsed["linkConfig.authType"], "KERBEROS");
  });

  it("kafka-connector requires brokerList for Apache Kafka", () => {
    const result = CDM_LINK_CONNECTORS["kafka-connector"].safeParse({
      ...SAMPLES["kafka-connector"],
      "linkConfig.hadoopType": "Apache Kafka",
    });
    assert.equal(result.success, false);
  });

  it("hive-connector requires the OBS keys when obsSupport is true", () => {
    const result = CDM_LINK_CONNECTORS["hive-connector"].safeParse({
      ...SAMPLES["hive-connector"],
      "linkConfig.obsSupport": true,
    });
    assert.equal(result.success, false);
  });
});
