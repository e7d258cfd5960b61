/**
 * The documented response examples of spec/dataworks.md §3, verbatim (JSON form, CJK artefacts
 * normalised as the spec does). Lists are printed as single objects there (§0.2).
 */
export const CREATE_FILE_EXAMPLE = {
  HttpStatusCode: 200,
  Data: 1000001,
  RequestId: "0000-ABCD-EFG",
  ErrorMessage: "The connection does not exist.",
  Success: true,
  ErrorCode: "Invalid.Tenant.ConnectionNotExists",
};

export const UPDATE_FILE_EXAMPLE = {
  HttpStatusCode: 200,
  ErrorMessage: "The connection does not exist.",
  RequestId: "0000-ABCD-EFGH-IJKLMNOPQ",
  ErrorCode: "Invalid.Tenant.ConnectionNotExists",
  Success: true,
};

export const GET_FILE_EXAMPLE = {
  HttpStatusCode: 200,
  ErrorMessage: "The connection does not exist.",
  RequestId: "0000-ABCD-EFG****",
  ErrorCode: "Invalid.Tenant.ConnectionNotExists",
  Success: true,
  Data: {
    File: {
      CommitStatus: 0,
      AutoParsing: true,
      Owner: "7775674356****",
      CreateTime: 1593879116000,
      FileType: 10,
      CurrentVersion: 3,
      BizId: 1000001,
      LastEditUser: "62465892****",
      FileName: "ods_user_info_d",
      ConnectionName: "odps_first",
      UseType: "NORMAL",
      FileFolderId: "2735c2****",
      ParentId: -1,
      CreateUser: "424732****",
      IsMaxCompute: true,
      BusinessId: 1000001,
      FileDescription: "我的第一个Dataworks文件",
      DeletedStatus: "RECYCLE",
      LastEditTime: 1593879116000,
      Content: "SHOW TABLES;",
      NodeId: 300001,
      AdvancedSettings: '{"queue":"default","SPARK_CONF":"--conf spark.driver.memory=2g"}',
    },
    NodeConfiguration: {
      RerunMode: "ALL_ALLOWED",
      SchedulerType: "NORMAL",
      Stop: false,
      ParaValue: "a=x b=y",
      StartEffectDate: 936923400000,
      EndEffectDate: 4155787800000,
      CycleType: "DAY",
      DependentNodeIdList: "5,10,15,20",
      ResourceGroupId: 375827434852437,
      DependentType: "USER_DEFINE",
      AutoRerunTimes: 3,
      AutoRerunIntervalMillis: 120000,
      CronExpress: "00 05 00 * * ?",
      InputList: { Input: "project.001_out", ParseType: "MANUAL" },
      OutputList: { RefTableName: "ods_user_info_d", Output: "dw_project.002_out" },
      StartImmediately: true,
      InputParameters: { ParameterName: "input", ValueSource: "project_001.parent_node:outputs" },
      OutputParameters: {
        ParameterName: "output",
        Value: "${bizdate}",
        Type: 1,
        Description: "It's a context output parameter.",
      },
    },
  },
};

export const DELETE_FILE_EXAMPLE = {
  HttpStatusCode: 200,
  DeploymentId: 1000000001,
  RequestId: "0000-ABCD-EFG****",
  ErrorMessage: "The connection does not exist.",
  Success: true,
  ErrorCode: "Invalid.Tenant.ConnectionNotExists",
};

export const LIST_FILES_EXAMPLE = {
  HttpStatusCode: 200,
  ErrorMessage: "The connection does not exist.",
  RequestId: "0000-ABCD-EFG",
  ErrorCode: "Invalid.Tenant.ConnectionNotExists",
  Success: true,
  Data: {
    PageNumber: 1,
    PageSize: 10,
    TotalCount: 13,
    Files: {
      CommitStatus: 1,
      AutoParsing: true,
      Owner: "3872572****",
      CreateTime: 1593950832000,
      FileType: 10,
      CurrentVersion: 2,
      BizId: 300000,
      LastEditUser: 38748246285727,
      FileName: "ods_user_info_d",
      ConnectionName: "odps_first",
      UseType: "NORMAL",
      FileFolderId: "2735c2****",
      FileId: 10000001,
      ParentId: -1,
      CreateUser: "382762****",
      IsMaxCompute: false,
      BusinessId: 300000,
      FileDescription: "my test datastudio file",
      LastEditTime: 1593950832000,
      Content: "SHOW TABLES;",
      NodeId: 300001,
    },
  },
};

export const SUBMIT_FILE_EXAMPLE = {
  HttpStatusCode: 200,
  Data: 3000001,
  RequestId: "0000-ABCD-EFG****",
  ErrorMessage: "The connection does not exist.",
  Success: true,
  ErrorCode: "Invalid.Tenant.ConnectionNotExists",
};

export const DEPLOY_FILE_EXAMPLE = { ...SUBMIT_FILE_EXAMPLE, Data: 30000001 };

export const GET_DEPLOYMENT_EXAMPLE = {
  RequestId: "0000-ABCD-EFG****",
  HttpStatusCode: 200,
  Data: {
    Deployment: {
      Status: 1,
      HandlerId: "2003****",
      ExecuteTime: 1593877765000,
      CreatorId: "20030****",
      CreateTime: 1593877765000,
      ToEnvironment: 1,
      FromEnvironment: 0,
      ErrorMessage: "成功",
      Name: "ods_user_info_d-2020-07-04_20030****",
    },
  },
  Success: true,
};

export const CHECK_FILE_DEPLOYMENT_EXAMPLE = { RequestId: "86d5a5ac-0cc0-4c5f-a374-a15713b252ab" };

export const LIST_DEPLOYMENTS_EXAMPLE = {
  RequestId: "0000-ABCD-EFG",
  Data: {
    PageNumber: 1,
    PageSize: 10,
    TotalCount: 13,
    Deployments: {
      Status: 1,
      ErrorMessage: "OK",
      CreateTime: 1593877765000,
      Executor: "2003****",
      Creator: "2003****",
      ExecuteTime: 1593877765000,
      Name: "auto_created",
      Id: 11111,
    },
  },
};

export const FILE_VERSION_ITEM_EXAMPLE = {
  Status: "COMMITTED",
  CommitUser: "73842342****",
  Comment: "第二次版本提交",
  CommitTime: 1593881265000,
  FileName: "ods_user_info_d",
  FilePropertyContent: '{"fileName":"ods_user_info_d","fileType":10}',
  UseType: "NORMAL",
  IsCurrentProd: false,
  FileContent: "SHOW TABLES;",
  ChangeType: "UPDATE",
  FileVersion: 2,
  NodeId: 3000001,
  NodeContent: '{"cycleType":0,"cronExpress":"00 05 00 * * ?"}',
};

export const LIST_FILE_VERSIONS_EXAMPLE = {
  RequestId: "0000-ABCD-EFG****Q",
  HttpStatusCode: 200,
  Data: {
    TotalCount: 13,
    FileVersions: FILE_VERSION_ITEM_EXAMPLE,
    PageSize: 10,
    PageNumber: 1,
  },
  Success: true,
};

export const GET_FILE_VERSION_EXAMPLE = {
  RequestId: "0000-ABCD-EFG****",
  HttpStatusCode: 200,
  Data: {
    Status: "COMMITTED",
    Comment: "第二次版本提交",
    CommitUser: "7384234****",
    FilePropertyContent: '{"fileName":"ods_user_info_d","fileType":10}',
    FileName: "ods_user_info_d",
    CommitTime: 1593881265000,
    UseType: "NORMAL",
    IsCurrentProd: true,
    FileContent: "SHOW TABLES;",
    ChangeType: "UPDATE",
    FileVersion: 2,
    NodeId: 3000001,
    NodeContent: '{"cycleType":0,"cronExpress":"00 05 00 * * ?"}',
  },
  ErrorCode: "Invalid.Tenant.ConnectionNotExists",
  ErrorMessage: "The connection does not exist.",
  Success: true,
};

export const CREATE_UDF_FILE_EXAMPLE = {
  RequestId: "0000-ABCD-EFG****",
  HttpStatusCode: 200,
  Data: 100000002,
  Success: true,
};

export const UPDATE_UDF_FILE_EXAMPLE = {
  RequestId: "0000-ABCD-EFG****",
  HttpStatusCode: 200,
  Success: true,
};

export const CREATE_FOLDER_EXAMPLE = {
  RequestId: "0000-ABCD-EFG",
  HttpStatusCode: 200,
  Data: "bdfd68****",
  ErrorCode: "Invalid.Tenant.ConnectionNotExists",
  ErrorMessage: "The connection does not exist.",
  Success: true,
};

export const GET_FOLDER_EXAMPLE = {
  RequestId: "0000-ABCD-EFG****",
  HttpStatusCode: 200,
  Data: {
    FolderPath: "业务流程/我的第一个业务流程/MaxCompute/ods层",
    FolderId: "2735****",
  },
  ErrorCode: "Invalid.Tenant.ConnectionNotExists",
  ErrorMessage: "The connection does not exist.",
  Success: true,
};

/** UpdateFolder and DeleteFolder document the same body. */
export const NO_DATA_EXAMPLE = {
  RequestId: "0000-ABCD-EFG****",
  HttpStatusCode: 200,
  ErrorCode: "Invalid.Tenant.ConnectionNotExists",
  ErrorMessage: "The connection does not exist.",
  Success: true,
};

export const LIST_FOLDERS_EXAMPLE = {
  RequestId: "0000-ABCD-EFG****",
  HttpStatusCode: 200,
  Data: {
    TotalCount: 13,
    PageSize: 10,
    PageNumber: 1,
    Folders: {
      FolderPath: "业务流程/我的第一个业务流程/MaxCompute/ods层",
      FolderId: "2735c2****",
    },
  },
  ErrorCode: "Invalid.Tenant.ConnectionNotExists",
  ErrorMessage: "The connection does not exist.",
  Success: true,
};

export const CREATE_BUSINESS_EXAMPLE = {
  RequestId: "0000-ABCD-EFG****",
  HttpStatusCode: 200,
  ErrorCode: "Invalid.Tenant.ConnectionNotExists",
  ErrorMessage: "The connection does not exist.",
  BusinessId: 100001,
  Success: true,
};

export const UPDATE_BUSINESS_EXAMPLE = JSON.parse(
  '{"RequestId":"0000-ABCD-EFG****","HttpStatusCode":"200","ErrorCode":"Invalid.Tenant.ConnectionNotExists","ErrorMessage":"The connection does not exist.","Success":"true"}',
) as unknown;

export const GET_BUSINESS_EXAMPLE = {
  RequestId: "0000-ABCD-EFG****",
  HttpStatusCode: 200,
  Data: {
    Owner: "20000****",
    Description: "这是我的第一个业务流程",
    BusinessName: "第一个业务流程",
    UseType: "NORMAL",
    ProjectId: 10000,
    BusinessId: 1000001,
  },
  ErrorCode: "Invalid.Tenant.ConnectionNotExists",
  ErrorMessage: "The connection does not exist.",
  Success: true,
};

export const LIST_BUSINESS_EXAMPLE = {
  RequestId: "0000-ABCD-EFG****",
  HttpStatusCode: 200,
  Data: {
    TotalCount: 13,
    PageSize: 10,
    PageNumber: 1,
    Business: {
      Owner: "34824327****",
      Description: "我的第一个业务流程",
      BusinessName: "我的第一个业务流程",
      UseType: "NORMAL",
      ProjectId: 10000,
      BusinessId: 3000001,
    },
  },
  ErrorCode: "Invalid.Tenant.ConnectionNotExists",
  ErrorMessage: "The connection does not exist.",
  Success: true,
};

export const CREATE_DATA_SOURCE_EXAMPLE = {
  HttpStatusCode: 200,
  Data: 123,
  RequestId: "0bc141151593763****",
  Success: true,
};

export const UPDATE_DATA_SOURCE_EXAMPLE = {
  HttpStatusCode: 200,
  Data: true,
  RequestId: "0bc14115159376359****",
  Success: true,
};

export const DELETE_DATA_SOURCE_EXAMPLE = {
  RequestId: "0bc1411515937635****",
  HttpStatusCode: 200,
  Data: true,
  Success: true,
};

export const DATA_SOURCE_ITEM_EXAMPLE = {
  Status: 1,
  Operator: "193543050****",
  ConnectStatus: 1,
  SubType: "mysql",
  Description: "a connection",
  BindingCalcEngineId: 123,
  ProjectId: 123,
  GmtModified: "Mar 17, 2021 4:09:32 PM",
  Sequence: 300,
  Shared: false,
  EnvType: 1,
  Name: "abc",
  DefaultEngine: false,
  TenantId: 1234567,
  GmtCreate: "Mar 17, 2021 4:09:32 PM",
  Content:
    '{"pubEndpoint":"http://service.cn.maxcompute.aliyun.com/api","accessId":"TMP.3KecGjvzy3i8MYfn2BGHgF7EHGyBFZcHm7GgngrABVRyvvKQrfF5kskR36xP361C3dqwbGo7SGYptAeGyiTwHXqLaBUvYC","securityToken":null,"endpoint":"http://service.cn.maxcompute.aliyun-inc.com/api","accessKey":"***","name":"PRE_PROJECT_A_engine","project":"PRE_PROJECT_A","vpcEndpoint":"http://service.cn.maxcompute.aliyun-inc.com/api","region":"cn-shanghai","authType":"2"}',
  DataSourceType: "rds",
  Id: 1,
};

export const LIST_DATA_SOURCES_EXAMPLE = {
  RequestId: "0bc14115159376359****",
  HttpStatusCode: 200,
  Data: {
    TotalCount: 233,
    PageSize: 20,
    PageNumber: 1,
    DataSources: DATA_SOURCE_ITEM_EXAMPLE,
  },
  Success: true,
};

export const GET_PROJECT_EXAMPLE = {
  RequestId: "0bc1411515937635973****",
  HttpStatusCode: 200,
  Data: {
    ProjectOwnerBaseId: "18229311****",
    Destination: 0,
    ProjectName: "abc",
    IsAllowDownload: 1,
    DevelopmentType: 4,
    GmtModified: "Dec 3, 2019 9:12:20 PM",
    DisableDevelopment: true,
    BaseProject: false,
    ProjectDescription: "abc",
    ProjectMode: 2,
    Status: 0,
    ProjectIdentifier: "abc",
    IsDefault: 1,
    DevStorageQuota: 0,
    SchedulerMaxRetryTimes: 3,
    ProjectId: 27,
    ResidentArea: "private",
    UseProxyOdpsAccount: true,
    TenantId: 280749521,
    GmtCreate: "Oct 10, 2019 3:42:53 PM",
    MaxFlowNode: 1,
    ProtectedMode: 1,
    Appkey: 0,
    TablePrivacyMode: 1,
    ProdStorageQuota: 1,
    DefaultDiResourceGroupIdentifier: "group_280749521****",
    SchedulerRetryInterval: 120000,
    EnvTypes: '["PROD"]',
  },
  Success: true,
};

export const LIST_FILE_TYPE_EXAMPLE = {
  RequestId: "0000-ABCD-EFG****",
  NodeTypeInfoList: {
    TotalCount: 127,
    PageSize: 50,
    PageNumber: 1,
    NodeTypeInfo: { NodeTypeName: "ODPS SQL", NodeType: 10 },
  },
};
