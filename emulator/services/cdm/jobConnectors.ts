/**
 * Required job parameters per connector (spec/cdm.md §4.13 source, §4.14 destination). As for links
 * (GAP-27), parameters that a seed sample omits although the table marks them required are not
 * enforced (`fromJobConfig.useSql`, Kafka's `dataFormat`, HDFS's `toJobConfig.appendMode`).
 * Each entry lists the accepted spellings (GAP-42).
 */
type Required = readonly (readonly string[])[];

export const SOURCE_REQUIRED: Readonly<Record<string, Required>> = {
  "generic-jdbc-connector": [["fromJobConfig.tableName", "fromJobConfig.sql"]],
  "obs-connector": [
    ["fromJobConfig.bucketName"],
    ["fromJobConfig.inputDirectory"],
    ["fromJobConfig.inputFormat"],
  ],
  "hdfs-connector": [["fromJobConfig.inputDirectory"], ["fromJobConfig.inputFormat"]],
  "hive-connector": [["fromJobConfig.table"]],
  "hbase-connector": [["fromJobConfig.table"]],
  "ftp-connector": [["fromJobConfig.inputDirectory"], ["fromJobConfig.inputFormat"]],
  "sftp-connector": [["fromJobConfig.inputDirectory"], ["fromJobConfig.inputFormat"]],
  "http-connector": [["fromJobConfig.inputDirectory"], ["fromJobConfig.inputFormat"]],
  "mongodb-connector": [["fromJobConfig.database"], ["fromJobConfig.collectionName"]],
  "redis-connector": [
    ["fromJobConfig.keyPrefix"],
    ["fromJobConfig.keySeparator"],
    ["fromJobConfig.valueStoreType"],
  ],
  "dis-connector": [
    ["fromJobConfig.streamName"],
    ["fromJobConfig.disConsumerStrategy"],
    ["fromJobConfig.isPermanency"],
    ["fromJobConfig.shardId"],
    ["fromJobConfig.dataFormat"],
  ],
  "kafka-connector": [
    ["fromJobConfig.topicsList"],
    ["fromJobConfig.kafkaConsumerStrategy"],
    ["fromJobConfig.isPermanency"],
  ],
  "dms-kafka-connector": [
    ["fromJobConfig.topicsList"],
    ["fromJobConfig.kafkaConsumerStrategy"],
    ["fromJobConfig.isPermanency"],
  ],
  "elasticsearch-connector": [["fromJobConfig.index"], ["fromJobConfig.type"]],
};

export const DESTINATION_REQUIRED: Readonly<Record<string, Required>> = {
  "generic-jdbc-connector": [["toJobConfig.schemaName"], ["toJobConfig.tableName"]],
  "obs-connector": [
    ["toJobConfig.bucketName"],
    ["toJobConfig.outputDirectory"],
    ["toJobConfig.outputFormat"],
  ],
  "hdfs-connector": [["toJobConfig.outputDirectory"], ["toJobConfig.outputFormat"]],
  "hive-connector": [["toJobConfig.table"], ["toJobConfig.tablePreparation"]],
  "hbase-connector": [
    ["toJobConfig.table"],
    ["toJobConfig.storageType"],
    ["toJobConfig.rowKeyColumn"],
  ],
  "ftp-connector": [],
  "sftp-connector": [],
  "mongodb-connector": [["toJobConfig.database"], ["toJobConfig.collectionName"]],
  "elasticsearch-connector": [["toJobConfig.index"], ["toJobConfig.type"]],
  "dli-connector": [["toJobConfig.queue"], ["toJobConfig.database"], ["toJobConfig.table"]],
  "dis-connector": [["toJobConfig.streamName"]],
};
