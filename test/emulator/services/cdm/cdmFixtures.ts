/** Request bodies taken from the seed's examples (spec/cdm.md §2.2, §3.3, §3.5, §4.4). */

export const SMALL_FLAVOR = "a79fd5ae-1833-448a-88e8-3ea2b913e1f6";

export function clusterBody(
  name = "cdm-ab82",
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    cluster: {
      scheduleBootTime: "",
      isScheduleBootOff: false,
      instances: [
        {
          availability_zone: "cn-north-4a",
          nics: [
            {
              securityGroupId: "c37852d2-2d12-41cb-af47-65c80e995c80",
              "net-id": "2d120298-6130-44d4-a438-454912fff901",
            },
          ],
          flavorRef: SMALL_FLAVOR,
          type: "cdm",
        },
      ],
      datastore: { type: "cdm", version: "2.9.1.100" },
      scheduleOffTime: "",
      vpcId: "67c06084-2212-4242-bcd4-d2144c2385a9",
      name,
      isAutoOff: false,
      ...overrides,
    },
    auto_remind: false,
    phone_num: "",
    email: "",
  };
}

export type Inputs = Record<string, string>;

/** A `{"links": [...]}` body for one connector with `linkConfig.*` inputs. */
export function linkBody(name: string, connector: string, inputs: Inputs): { links: unknown[] } {
  return {
    links: [
      {
        "link-config-values": {
          configs: [
            {
              inputs: Object.entries(inputs).map(([key, value]) => ({
                name: `linkConfig.${key}`,
                value,
              })),
              name: "linkConfig",
            },
          ],
        },
        name,
        "connector-name": connector,
        enabled: true,
      },
    ],
  };
}

/** Valid parameters for every connector of spec/cdm.md §3.5 (the seed's samples). */
export const CONNECTOR_SAMPLES: Record<string, Inputs> = {
  "generic-jdbc-connector": {
    databaseType: "MYSQL",
    host: "10.120.205.30",
    port: "3306",
    database: "DB_name",
    username: "username",
    password: "DB_password",
    fetchSize: "100000",
    usingNative: "false",
  },
  "obs-connector": {
    storageType: "OBS",
    server: "10.121.16.183",
    port: "443",
    accessKey: "AK-VALUE",
    securityKey: "SK-VALUE",
  },
  "hdfs-connector": {
    hadoopType: "FusionInsight HD",
    host: "10.120.205.143",
    casPort: "20009",
    port: "28443",
    authType: "KERBEROS",
    user: "admin",
    password: "hdfs-password",
    runMode: "STANDALONE",
  },
  "hbase-connector": {
    hbaseType: "MRS",
    host: "192.168.0.34",
    user: "zephyr",
    password: "hbase-password",
    authType: "KERBEROS",
    serviceType: "HDFS",
    hBaseVersion: "HBASE_2_X",
    runMode: "EMBEDDED",
  },
  "hive-connector": {
    host: "10.120.205.230",
    authType: "KERBEROS",
    user: "cdm",
    password: "hive-password",
  },
  "ftp-connector": {
    server: "10.120.85.167",
    port: "21",
    username: "username",
    password: "ftp-password",
  },
  "sftp-connector": {
    server: "10.120.85.167",
    port: "22",
    username: "username",
    password: "sftp-password",
  },
  "mongodb-connector": {
    serverList: "10.120.84.149:27017",
    database: "DB_name",
    userName: "username",
    password: "mongo-password",
  },
  "redis-connector": {
    deploymentMode: "Cluster",
    serverlist: "10.120.84.149:7300",
    password: "redis-password",
    dbIndex: "0",
  },
  "kafka-connector": {
    hadoopType: "MRS",
    host: "192.168.1.147",
    user: "liuhuan1",
    password: "kafka-password",
    authType: "KERBEROS",
  },
  "dis-connector": {
    region: "cn-north-4",
    endpoint: "https://dis.cn-north-4.myhuaweicloud.com",
    ak: "RSO6TTEZMJ6TTFBBAACE",
    sk: "dis-secret",
    projectId: "11d4d5af17c84660bc90b6631327d7c7",
  },
  "elasticsearch-connector": {
    host: "192.168.0.50:9200;192.168.0.62:9200",
    safemode: "true",
    user: "admin",
    password: "css-password",
    linkType: "CSS",
  },
  "dli-connector": {
    ak: "GRC2WR0IDC6NGROYLWU2",
    sk: "dli-secret",
    region: "cn-north-4",
    projectId: "c48475ce8e174a7a",
  },
  "http-connector": {},
  "dms-kafka-connector": {
    kafkaType: "Platinum",
    brokerList: "100.85.121.112:9094,100.85.220.134:9094",
    isPlatinumInstance: "false",
  },
};

/** CloudTable is an `hbase-connector` with `hbaseType` = `CloudTable` (§3.5.5). */
export const CLOUDTABLE_SAMPLE: Inputs = {
  hbaseType: "CloudTable",
  zookeeperQuorum: "cloudtable-zk1.cloudtable.com:2181",
  iamAuth: "true",
  cloudtableUser: "zane",
  accessKey: "AK-VALUE",
  securityKey: "SK-VALUE",
  runMode: "EMBEDDED",
};

const group = (name: string, inputs: Inputs) => ({
  name,
  inputs: Object.entries(inputs).map(([key, value]) => ({ name: `${name}.${key}`, value })),
});

export interface JobOptions {
  readonly name?: string;
  readonly from?: string;
  readonly to?: string;
  readonly fromLink?: string;
  readonly toLink?: string;
  readonly fromInputs?: Inputs;
  readonly toInputs?: Inputs;
  readonly disposableType?: string;
  readonly jobType?: string;
  readonly numExtractors?: string;
}

/** A `Job` (spec/cdm.md §4.2): by default MySQL → OBS with the seed's driver block (§4.15). */
export function job(options: JobOptions = {}): Record<string, unknown> {
  return {
    job_type: options.jobType ?? "NORMAL_JOB",
    name: options.name ?? "mysql2obs",
    "from-connector-name": options.from ?? "generic-jdbc-connector",
    "from-link-name": options.fromLink ?? "mysql_link",
    "from-config-values": {
      configs: [
        group(
          "fromJobConfig",
          options.fromInputs ?? { schemaName: "default", tableName: "mysql_tbl" },
        ),
      ],
    },
    "to-connector-name": options.to ?? "obs-connector",
    "to-link-name": options.toLink ?? "obs_link",
    "to-config-values": {
      configs: [
        group(
          "toJobConfig",
          options.toInputs ?? {
            bucketName: "cdm",
            outputDirectory: "/out/",
            outputFormat: "CSV_FILE",
          },
        ),
      ],
    },
    "driver-config-values": {
      configs: [
        group("throttlingConfig", {
          numExtractors: options.numExtractors ?? "1",
          numLoaders: "1",
          recordDirtyData: "false",
        }),
        { name: "jarConfig", inputs: [] },
        group("schedulerConfig", {
          isSchedulerJob: "false",
          disposableType: options.disposableType ?? "NONE",
        }),
        { name: "transformConfig", inputs: [] },
        group("retryJobConfig", { retryJobType: "NONE" }),
      ],
    },
  };
}

export const jobsBody = (options: JobOptions = {}) => ({ jobs: [job(options)] });
