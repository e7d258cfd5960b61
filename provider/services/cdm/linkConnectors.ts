/**
 * The typed parameters of every link connector (spec/cdm.md §3.5), keyed by their wire names
 * (`linkConfig.*`, plus `dialect.identifierEnclose` for JDBC). Values are typed as the spec types
 * them (booleans, string maps) and sent as strings by `toConfigs`.
 *
 * Decisions:
 * - User-name keys use the spelling of the seed's examples, not of its tables (spec/cdm.md §7 GAP-23):
 *   `linkConfig.username` for JDBC/FTP/SFTP, `linkConfig.userName` for MongoDB, `linkConfig.user` and
 *   `linkConfig.safemode` for Elasticsearch/CSS. `extraInputs` on the link sends any other spelling.
 * - A parameter the table marks required but a seed example omits is optional here
 *   (spec/cdm.md §7 GAP-27: JDBC `useAgent`; Hive `hiveVersion`, `obsSupport`, `runMode`).
 * - `authType` accepts `Simple`/`Kerberos` too and is sent upper-case (spec/cdm.md §7 GAP-24).
 */
import { z } from "zod";

const text = z.string().min(1);
/** Ports and sizes are strings on the wire; numbers are accepted and sent in decimal. */
const numberText = z.union([z.string().min(1), z.number().int()]);
const stringMap = z.record(z.string(), z.string());
const authType = z
  .enum(["SIMPLE", "KERBEROS", "Simple", "Kerberos"])
  .transform((value) => value.toUpperCase() as "SIMPLE" | "KERBEROS");
const runMode = z.enum(["EMBEDDED", "STANDALONE", "Agent"]);

/** spec/cdm.md §3.5.1 */
export const JdbcLinkConfigSchema = z
  .strictObject({
    "linkConfig.databaseType": z.enum(["ORACLE", "MYSQL", "SQLSERVER", "DB2", "POSTGRESQL", "DWS", "DDM", "SAP HANA"]),
    "linkConfig.host": text,
    "linkConfig.port": numberText,
    "linkConfig.databaseconfig": z.enum(["SERVICENAME", "SID"]).optional(),
    "linkConfig.sidname": text.optional(),
    "linkConfig.database": text.optional(),
    "linkConfig.username": text,
    "linkConfig.password": text,
    "linkConfig.useAgent": z.boolean().optional(),
    "linkConfig.fetchSize": numberText.optional(),
    "linkConfig.commitSize": numberText.optional(),
    "linkConfig.usingNative": z.boolean().optional(),
    "linkConfig.isRds": z.boolean().optional(),
    "linkConfig.useSSL": z.boolean().optional(),
    "linkConfig.jdbcProperties": stringMap.optional(),
    "linkConfig.version": z.enum(["HIGH_VERSION", "MED_VERSION", "LOW_VERSION"]).optional(),
    "dialect.identifierEnclose": z.string().optional(),
  })
  .refine(
    (config) => config["linkConfig.sidname"] === undefined || config["linkConfig.databaseconfig"] === "SID",
    { error: "linkConfig.sidname is only used when linkConfig.databaseconfig is SID (spec/cdm.md §3.5.1)" },
  );

/** spec/cdm.md §3.5.2 */
export const ObsLinkConfigSchema = z.strictObject({
  "linkConfig.storageType": text,
  "linkConfig.server": text,
  "linkConfig.port": numberText,
  "linkConfig.accessKey": text,
  "linkConfig.securityKey": text,
});

/** spec/cdm.md §3.5.3 */
export const HdfsLinkConfigSchema = z.strictObject({
  "linkConfig.hadoopType": z.enum(["MRS", "FusionInsight HD", "Apache Hadoop"]),
  "linkConfig.uri": text.optional(),
  "linkConfig.host": text.optional(),
  "linkConfig.port": numberText.optional(),
  "linkConfig.casPort": numberText.optional(),
  "linkConfig.user": text.optional(),
  "linkConfig.password": text.optional(),
  "linkConfig.authType": authType.optional(),
  "linkConfig.principal": text.optional(),
  "linkConfig.keytab": text.optional(),
  "linkConfig.runMode": runMode.optional(),
  "linkConfig.properties": stringMap.optional(),
});

/** spec/cdm.md §3.5.5: `hbase-connector` with `hbaseType` = `CloudTable`. */
export const CloudTableLinkConfigSchema = z.strictObject({
  "linkConfig.hbaseType": z.literal("CloudTable"),
  "linkConfig.zookeeperQuorum": text,
  "linkConfig.iamAuth": z.boolean(),
  "linkConfig.runMode": z.enum(["EMBEDDED", "STANDALONE"]),
  "linkConfig.cloudtableUser": text,
  "linkConfig.accessKey": text,
  "linkConfig.securityKey": text,
});

/** spec/cdm.md §3.5.4 */
export const HbaseLinkConfigSchema = z
  .strictObject({
    "linkConfig.hbaseType": z.enum(["MRS", "FusionInsight HD", "Apache Hadoop"]),
    "linkConfig.uri": text.optional(),
    "linkConfig.host": text.optional(),
    "linkConfig.port": numberText.optional(),
    "linkConfig.casPort": numberText.optional(),
    "linkConfig.hBaseVersion": z.enum(["HBASE_1_X", "HBASE_2_X"]),
    "linkConfig.user": text.optional(),
    "linkConfig.password": text.optional(),
    "linkConfig.authType": authType.optional(),
    "linkConfig.principal": text.optional(),
    "linkConfig.keytab": text.optional(),
    "linkConfig.serviceType": z.enum(["HDFS", "HBase"]).optional(),
    "linkConfig.runMode": runMode.optional(),
    "linkConfig.properties": stringMap.optional(),
  })
  .refine(
    (config) => config["linkConfig.runMode"] === undefined || config["linkConfig.hBaseVersion"] === "HBASE_2_X",
    { error: "linkConfig.runMode is only for HBASE_2_X (spec/cdm.md §3.5.4)" },
  );

/** spec/cdm.md §3.5.6 */
export const HiveLinkConfigSchema = z
  .strictObject({
    "linkConfig.host": text,
    "linkConfig.authType": authType,
    "linkConfig.principal": text.optional(),
    "linkConfig.keytab": text.optional(),
    "linkConfig.hiveVersion": z.enum(["HIVE_1_X", "HIVE_3_X"]).optional(),
    "linkConfig.user": text.optional(),
    "linkConfig.password": text.optional(),
    "linkConfig.uri": text.optional(),
    "linkConfig.hiveMsUris": text.optional(),
    "linkConfig.obsSupport": z.boolean().optional(),
    "linkConfig.runMode": z.enum(["EMBEDDED", "STANDALONE"]).optional(),
    "linkConfig.accessKey": text.optional(),
    "linkConfig.securityKey": text.optional(),
    "linkConfig.properties": stringMap.optional(),
  })
  .refine(
    (config) =>
      config["linkConfig.obsSupport"] !== true ||
      (config["linkConfig.accessKey"] !== undefined && config["linkConfig.securityKey"] !== undefined),
    { error: "linkConfig.accessKey and linkConfig.securityKey are needed when linkConfig.obsSupport is true (spec/cdm.md §3.5.6)" },
  );

/** spec/cdm.md §3.5.7: FTP and SFTP share their parameters. */
export const FtpLinkConfigSchema = z.strictObject({
  "linkConfig.server": text,
  "linkConfig.port": numberText,
  "linkConfig.username": text,
  "linkConfig.password": text,
});

/** spec/cdm.md §3.5.8 */
export const MongodbLinkConfigSchema = z.strictObject({
  "linkConfig.serverList": text,
  "linkConfig.database": text,
  "linkConfig.userName": text,
  "linkConfig.password": text,
});

/** spec/cdm.md §3.5.9 (`serverlist` with a lower-case `l`, as documented). */
export const RedisLinkConfigSchema = z.strictObject({
  "linkConfig.deploymentMode": z.enum(["Single", "Cluster"]),
  "linkConfig.serverlist": text,
  "linkConfig.password": text,
  "linkConfig.dbIndex": numberText,
});

/** spec/cdm.md §3.5.10: `brokerList` is required for Apache Kafka, `host` for MRS. */
export const KafkaLinkConfigSchema = z
  .strictObject({
    "linkConfig.hadoopType": z.enum(["MRS", "Apache Kafka"]),
    "linkConfig.brokerList": text.optional(),
    "linkConfig.host": text.optional(),
    "linkConfig.user": text,
    "linkConfig.password": text,
    "linkConfig.authType": authType,
    "linkConfig.properties": stringMap.optional(),
  })
  .refine(
    (config) =>
      config["linkConfig.hadoopType"] === "MRS"
        ? config["linkConfig.host"] !== undefined
        : config["linkConfig.brokerList"] !== undefined,
    { error: "Kafka links need linkConfig.host for MRS and linkConfig.brokerList for Apache Kafka (spec/cdm.md §3.5.10)" },
  );

/** spec/cdm.md §3.5.11 */
export const DisLinkConfigSchema = z.strictObject({
  "linkConfig.region": text,
  "linkConfig.endpoint": text,
  "linkConfig.ak": text,
  "linkConfig.sk": text,
  "linkConfig.projectId": text,
});

/** spec/cdm.md §3.5.12 (sample spellings `safemode` and `user`, GAP-23). */
export const ElasticsearchLinkConfigSchema = z.strictObject({
  "linkConfig.host": text,
  "linkConfig.safemode": z.boolean().optional(),
  "linkConfig.user": text.optional(),
  "linkConfig.password": text.optional(),
  "linkConfig.linkType": text,
});

/** spec/cdm.md §3.5.13 */
export const DliLinkConfigSchema = z.strictObject({
  "linkConfig.ak": text,
  "linkConfig.sk": text,
  "linkConfig.region": text,
  "linkConfig.projectId": text,
});

/** spec/cdm.md §3.5.14 */
export const DmsKafkaLinkConfigSchema = z.strictObject({
  "linkConfig.kafkaType": z.enum(["Basic", "Platinum"]),
  "linkConfig.brokerList": text,
  "linkConfig.isPlatinumInstance": z.boolean(),
  "linkConfig.user": text.optional(),
  "linkConfig.password": text.optional(),
});

/** `http-connector` has no link parameters (spec/cdm.md §3.2). */
export const HttpLinkConfigSchema = z.strictObject({});

/** Every connector a link can use, with its parameter schema (spec/cdm.md §3.2). */
export const CDM_LINK_CONNECTORS = {
  "generic-jdbc-connector": JdbcLinkConfigSchema,
  "obs-connector": ObsLinkConfigSchema,
  "hdfs-connector": HdfsLinkConfigSchema,
  "hbase-connector": z.discriminatedUnion("linkConfig.hbaseType", [CloudTableLinkConfigSchema, HbaseLinkConfigSchema]),
  "hive-connector": HiveLinkConfigSchema,
  "ftp-connector": FtpLinkConfigSchema,
  "sftp-connector": FtpLinkConfigSchema,
  "mongodb-connector": MongodbLinkConfigSchema,
  "redis-connector": RedisLinkConfigSchema,
  "kafka-connector": KafkaLinkConfigSchema,
  "dis-connector": DisLinkConfigSchema,
  "elasticsearch-connector": ElasticsearchLinkConfigSchema,
  "dli-connector": DliLinkConfigSchema,
  "http-connector": HttpLinkConfigSchema,
  "dms-kafka-connector": DmsKafkaLinkConfigSchema,
} as const;
export type CdmLinkConnectorName = keyof typeof CDM_LINK_CONNECTORS;

/**
 * Inputs that carry credentials (spec/cdm.md §3.5.15): never log them, never diff them against reads
 * (the service masks them, GAP-25).
 */
export const CDM_LINK_SECRET_INPUTS = [
  "linkConfig.password",
  "linkConfig.securityKey",
  "linkConfig.sk",
  "linkConfig.keytab",
  "linkConfig.accessKey",
  "linkConfig.ak",
  "linkConfig.jdbcProperties",
  "linkConfig.properties",
] as const;
