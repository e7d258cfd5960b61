/**
 * Per-connector link parameters (spec/cdm.md §3.5). `required` lists, per parameter, the accepted
 * spellings (GAP-23: names are compared case-insensitively and the seed's variants are accepted).
 * Parameters the tables mark required but every seed example omits are not enforced (GAP-27:
 * `linkConfig.useAgent`; Hive's `hiveVersion`, `obsSupport`, `runMode`).
 */
export interface ConnectorRule {
  readonly required: readonly (readonly string[])[];
  /** Enumerated parameters, compared case-insensitively (GAP-24). */
  readonly enums?: Readonly<Record<string, readonly string[]>>;
  /** Extra requirements that depend on another parameter's value. */
  readonly conditional?: (
    value: (name: string) => string | undefined,
  ) => readonly (readonly string[])[];
}

const USER_NAME = ["linkConfig.userName", "linkConfig.username"];
const AUTH_TYPES = ["SIMPLE", "KERBEROS"];

export const LINK_CONNECTORS: Readonly<Record<string, ConnectorRule>> = {
  // §3.5.1
  "generic-jdbc-connector": {
    required: [
      ["linkConfig.databaseType"],
      ["linkConfig.host"],
      ["linkConfig.port"],
      USER_NAME,
      ["linkConfig.password"],
    ],
    enums: {
      "linkConfig.databaseType": [
        "ORACLE",
        "MYSQL",
        "SQLSERVER",
        "DB2",
        "POSTGRESQL",
        "DWS",
        "DDM",
        "SAP HANA",
      ],
      "linkConfig.databaseconfig": ["SERVICENAME", "SID"],
      "linkConfig.version": ["HIGH_VERSION", "MED_VERSION", "LOW_VERSION"],
    },
    conditional: (value) =>
      value("linkConfig.databaseconfig")?.toUpperCase() === "SID" ? [["linkConfig.sidname"]] : [],
  },
  // §3.5.2
  "obs-connector": {
    required: [
      ["linkConfig.storageType"],
      ["linkConfig.server"],
      ["linkConfig.port"],
      ["linkConfig.accessKey"],
      ["linkConfig.securityKey"],
    ],
  },
  // §3.5.3
  "hdfs-connector": {
    required: [["linkConfig.hadoopType"]],
    enums: {
      "linkConfig.hadoopType": ["MRS", "FusionInsight HD", "Apache Hadoop"],
      "linkConfig.authType": AUTH_TYPES,
      "linkConfig.runMode": ["EMBEDDED", "STANDALONE", "Agent"],
    },
  },
  // §3.5.4 and §3.5.5 (CloudTable is an `hbase-connector` with `hbaseType` = `CloudTable`)
  "hbase-connector": {
    required: [["linkConfig.hbaseType"]],
    enums: {
      "linkConfig.hbaseType": ["CloudTable", "MRS", "FusionInsight HD", "Apache Hadoop"],
      "linkConfig.hBaseVersion": ["HBASE_1_X", "HBASE_2_X"],
      "linkConfig.authType": AUTH_TYPES,
      "linkConfig.runMode": ["EMBEDDED", "STANDALONE", "Agent"],
    },
    conditional: (value) =>
      value("linkConfig.hbaseType")?.toLowerCase() === "cloudtable"
        ? [
            ["linkConfig.zookeeperQuorum"],
            ["linkConfig.iamAuth"],
            ["linkConfig.runMode"],
            ["linkConfig.cloudtableUser"],
            ["linkConfig.accessKey"],
            ["linkConfig.securityKey"],
          ]
        : [["linkConfig.hBaseVersion"]],
  },
  // §3.5.6
  "hive-connector": {
    required: [["linkConfig.host"], ["linkConfig.authType"]],
    enums: {
      "linkConfig.authType": AUTH_TYPES,
      "linkConfig.hiveVersion": ["HIVE_1_X", "HIVE_3_X"],
      "linkConfig.runMode": ["EMBEDDED", "STANDALONE"],
    },
  },
  // §3.5.7
  "ftp-connector": {
    required: [["linkConfig.server"], ["linkConfig.port"], USER_NAME, ["linkConfig.password"]],
  },
  "sftp-connector": {
    required: [["linkConfig.server"], ["linkConfig.port"], USER_NAME, ["linkConfig.password"]],
  },
  // §3.5.8
  "mongodb-connector": {
    required: [
      ["linkConfig.serverList"],
      ["linkConfig.database"],
      USER_NAME,
      ["linkConfig.password"],
    ],
  },
  // §3.5.9
  "redis-connector": {
    required: [
      ["linkConfig.deploymentMode"],
      ["linkConfig.serverlist"],
      ["linkConfig.password"],
      ["linkConfig.dbIndex"],
    ],
    enums: { "linkConfig.deploymentMode": ["Single", "Cluster"] },
  },
  // §3.5.10: the broker list is required for Apache Kafka, the Manager host for MRS.
  "kafka-connector": {
    required: [
      ["linkConfig.hadoopType"],
      ["linkConfig.user"],
      ["linkConfig.password"],
      ["linkConfig.authType"],
    ],
    enums: { "linkConfig.hadoopType": ["MRS", "Apache Kafka"], "linkConfig.authType": AUTH_TYPES },
    conditional: (value) =>
      value("linkConfig.hadoopType")?.toLowerCase() === "apache kafka"
        ? [["linkConfig.brokerList"]]
        : [["linkConfig.host"]],
  },
  // §3.5.11
  "dis-connector": {
    required: [
      ["linkConfig.region"],
      ["linkConfig.endpoint"],
      ["linkConfig.ak"],
      ["linkConfig.sk"],
      ["linkConfig.projectId"],
    ],
  },
  // §3.5.12
  "elasticsearch-connector": {
    required: [["linkConfig.host"], ["linkConfig.linkType"]],
  },
  // §3.5.13
  "dli-connector": {
    required: [
      ["linkConfig.ak"],
      ["linkConfig.sk"],
      ["linkConfig.region"],
      ["linkConfig.projectId"],
    ],
  },
  // §3.2: HTTP/HTTPS has no link parameters.
  "http-connector": { required: [] },
  // §3.5.14
  "dms-kafka-connector": {
    required: [
      ["linkConfig.kafkaType"],
      ["linkConfig.brokerList"],
      ["linkConfig.isPlatinumInstance"],
    ],
    enums: { "linkConfig.kafkaType": ["Basic", "Platinum"] },
  },
};

/** spec/cdm.md §3.5.15 and the brief: passwords and keys never read back in clear. */
export const SECRET_LINK_PARAMETERS: readonly string[] = [
  "linkConfig.password",
  "linkConfig.securityKey",
  "linkConfig.sk",
  "linkConfig.keytab",
  "linkConfig.accessKey",
  "linkConfig.ak",
];

/** spec/cdm.md §3.2: the show-link example reads `linkConfig.port` back as an `INTEGER` number. */
export const INTEGER_LINK_PARAMETERS: readonly string[] = [
  "linkConfig.port",
  "linkConfig.casPort",
  "linkConfig.fetchSize",
  "linkConfig.commitSize",
  "linkConfig.dbIndex",
];

/** Boolean parameters of §3.5 (typed `BOOLEAN` on read, value kept as sent). */
export const BOOLEAN_LINK_PARAMETERS: readonly string[] = [
  "linkConfig.useAgent",
  "linkConfig.usingNative",
  "linkConfig.isRds",
  "linkConfig.useSSL",
  "linkConfig.iamAuth",
  "linkConfig.obsSupport",
  "linkConfig.safeMode",
  "linkConfig.isPlatinumInstance",
];

/** Parameters holding an address; matched against `cdmUnreachableHostPattern` (GAP-33). */
export const ADDRESS_LINK_PARAMETERS: readonly string[] = [
  "linkConfig.host",
  "linkConfig.server",
  "linkConfig.serverList",
  "linkConfig.brokerList",
  "linkConfig.uri",
  "linkConfig.endpoint",
  "linkConfig.zookeeperQuorum",
  "linkConfig.hiveMsUris",
];
