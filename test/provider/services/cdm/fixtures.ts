/** Answer bodies copied from the examples of spec/cdm.md (section noted on each). */

/** §2.2 create cluster, 202. */
export const CREATE_CLUSTER_ANSWER = {
  id: "befc862c-9286-46a0-a1d6-300d98b63aad",
  name: "cdm-4ef213",
  task: { id: "2c9080047f1b1185017f1ef6ad0500ac", name: "rdsCreateBackupJob" },
  datastore: { type: "cdm", version: "2.9.1.100" },
  instances: [
    { id: "b2672e7d-2faf-423f-96bb-0664cd743cfd", name: "cdm-4ef213-cdm-dn-1-1", type: "cdm", shard_id: "dn-1" },
  ],
};

/** §2.3 show cluster, 200 (`actions` as a string, `size` as a string: GAP-18). */
export const SHOW_CLUSTER_ANSWER = {
  publicEndpoint: "49.xx.xx.10",
  instances: [
    {
      flavor: { id: "fb8fe666-6734-4b11-bc6c-43d11db3c745" },
      volume: { size: "100", type: "LOCAL_DISK" },
      name: "cdm-c018",
      id: "635dce67-3df8-4756-b4c7-90e45e687367",
      isFrozen: "0",
      type: "cdm",
      actions: "REBOOTING",
      config_status: "In-Sync",
      status: "200",
    },
  ],
  created: "2018-09-05T08:38:25",
  statusDetail: "Normal",
  actionProgress: {},
  name: "cdm-c018",
  id: "bae65496-643e-47ca-84af-948672de7eeb",
  isFrozen: "0",
  actions: "REBOOTING",
  updated: "2018-09-05T08:38:25",
  status: "200",
};

/** §2.4 list clusters, plus the chapter-4 `version`/`config_status` fields. */
export const LIST_CLUSTERS_ANSWER = {
  clusters: [
    {
      publicEndpoint: "49.xx.xx.10",
      actionProgress: {},
      created: "2018-09-05T08:38:25",
      name: "cdm-c018",
      statusDetail: "Normal",
      id: "bae65496-643e-47ca-84af-948672de7eeb",
      isFrozen: "0",
      updated: "2018-09-05T08:38:25",
      status: "200",
      version: "x.x.x",
      config_status: "In-Sync",
    },
  ],
};

/** §3.4 show link (SFTP; `port` read back as a typed number). */
export const SHOW_LINK_ANSWER = {
  links: [
    {
      "link-config-values": {
        configs: [
          {
            inputs: [
              { name: "linkConfig.server", type: "STRING", value: "100.94.8.163" },
              { name: "linkConfig.port", type: "INTEGER", value: 22 },
              { name: "linkConfig.username", type: "STRING", value: "root" },
              { name: "linkConfig.password", type: "STRING", value: "Add password here" },
            ],
            name: "linkConfig",
          },
        ],
      },
      "creation-user": "cdm",
      name: "sftp_link",
      "creation-date": 1516674482640,
      "connector-name": "sftp-connector",
      "update-date": 1516674476022,
      enabled: true,
      "update-user": "cdm",
    },
  ],
};

/** §4.4 / §4.6 the `es_css` job as read back by list (separator `|`). */
export const ES_CSS_JOB = {
  job_type: "NORMAL_JOB",
  "from-connector-name": "elasticsearch-connector",
  "to-config-values": {
    configs: [
      {
        inputs: [
          { name: "toJobConfig.streamName", value: "dis-lkGm" },
          { name: "toJobConfig.separator", value: "|" },
          { name: "toJobConfig.columnList", value: "1&2&3" },
        ],
        name: "toJobConfig",
      },
    ],
  },
  "to-link-name": "dis",
  "driver-config-values": {
    configs: [
      {
        inputs: [
          { name: "throttlingConfig.numExtractors", value: "1" },
          { name: "throttlingConfig.submitToCluster", value: "false" },
          { name: "throttlingConfig.numLoaders", value: "1" },
          { name: "throttlingConfig.recordDirtyData", value: "false" },
        ],
        name: "throttlingConfig",
      },
      { inputs: [], name: "jarConfig" },
      {
        inputs: [
          { name: "schedulerConfig.isSchedulerJob", value: "false" },
          { name: "schedulerConfig.disposableType", value: "NONE" },
        ],
        name: "schedulerConfig",
      },
      { inputs: [], name: "transformConfig" },
      { inputs: [{ name: "retryJobConfig.retryJobType", value: "NONE" }], name: "retryJobConfig" },
    ],
  },
  "from-config-values": {
    configs: [
      {
        inputs: [
          { name: "fromJobConfig.index", value: "52est" },
          { name: "fromJobConfig.type", value: "est_array" },
          { name: "fromJobConfig.columnList", value: "array_f1_int:long&array_f2_text:string&array_f3_object:nested" },
          { name: "fromJobConfig.splitNestedField", value: "false" },
        ],
        name: "fromJobConfig",
      },
    ],
  },
  "to-connector-name": "dis-connector",
  name: "es_css",
  "from-link-name": "css",
};

/** §4.9 start job (`creation-date` as a string, GAP-51). */
export const START_JOB_ANSWER = {
  submissions: [
    { "job-name": "jdbc2hive", "creation-user": "cdm", "creation-date": "1536905778725", progress: 1, status: "BOOTING" },
  ],
};

/** §4.11 chapter-4 finished run (`last-udpate-user`, counters). */
export const FINISHED_STATUS_ANSWER = {
  submissions: [
    {
      progress: 0,
      "job-name": "mysql2dws",
      status: "SUCCEEDED",
      "creation-date": 1536654788622,
      "creation-user": "cdm",
      isStoppingIncrement: "",
      "last-update-date": 1536654888622,
      "is-execute-auto": false,
      "last-udpate-user": "cdm",
      isDeleteJob: false,
      isIncrementing: false,
      "external-id": "job_local1127970451_0009",
      counters: {
        "org.apache.sqoop.submission.counter.SqoopCounters": {
          BYTES_WRITTEN: -1,
          TOTAL_FILES: -1,
          BYTES_READ: -1,
          FILES_WRITTEN: -1,
          TOTAL_SIZE: -1,
          FILES_READ: -1,
          ROWS_WRITTEN: 80,
          ROWS_READ: 80,
        },
      },
    },
  ],
};

/** §4.5 random-cluster create-and-run (`PENDING`). */
export const RANDOM_JOB_ANSWER = {
  submissions: [
    {
      isIncrementing: false,
      "job-name": "obs2obs-03",
      "submission-id": 13,
      isStoppingIncrement: "",
      "last-update-date": 1635909057030,
      "is-execute-auto": false,
      delete_rows: 0,
      write_rows: 0,
      isDeleteJob: false,
      "creation-user": "cdmUser",
      progress: 0,
      "creation-date": 1635909057030,
      update_rows: 0,
      status: "PENDING",
      "execute-date": 1635909057030,
    },
  ],
};
