/**
 * Typed DataWorks (OpenAPI 2020-05-18) operations, one per wire action, over an `OperationSender`.
 * See docs/api-dataworks.md.
 */
export { AmbiguousMatchError } from "./ambiguousMatchError";
export { MAX_PAGE_SIZE } from "./collectPages";
export type { CamelKeys } from "./camelKeys";
export {
  BusinessUseType,
  CHECKING_STATUS,
  COMMON_DATA_SOURCE_TYPES,
  CycleType,
  DATA_SOURCE_ENV_TYPE,
  DEPLOYMENT_FROM_ENVIRONMENT,
  DEPLOYMENT_STATUS,
  DEPLOYMENT_TO_ENVIRONMENT,
  DataSourceEnvType,
  DataSourceSubType,
  DeletedStatus,
  DependentType,
  DeploymentStatus,
  FILE_TYPES,
  FileUseType,
  FunctionType,
  LISTED_DEPLOYMENT_STATUS,
  ListedDeploymentStatus,
  OutputParameterType,
  PROJECT_MODE,
  ProjectEnvType,
  RerunMode,
  SchedulerType,
} from "./schemas";
export type {
  FileDetails,
  FileSummary,
  InputParameterInput,
  NodeConfiguration,
  OutputParameterInput,
} from "./fileSchemas";
export {
  createFile,
  deleteFile,
  findFileByName,
  getFile,
  listFiles,
  updateFile,
  type CreateFileInput,
  type DeleteFileInput,
  type FileWithConfiguration,
  type FindFileByNameInput,
  type GetFileInput,
  type ListFilesInput,
  type UpdateFileInput,
} from "./files";
export {
  checkFileDeployment,
  deployFile,
  getDeployment,
  listDeployments,
  submitFile,
  type CheckFileDeploymentInput,
  type DeployFileInput,
  type Deployment,
  type DeploymentSummary,
  type GetDeploymentInput,
  type ListDeploymentsInput,
  type SubmitFileInput,
} from "./deployments";
export {
  getFileVersion,
  listFileVersions,
  type FileVersion,
  type GetFileVersionInput,
  type ListFileVersionsInput,
} from "./fileVersions";
export {
  createUdfFile,
  updateUdfFile,
  type CreateUdfFileInput,
  type UpdateUdfFileInput,
} from "./udfFiles";
export {
  createFolder,
  deleteFolder,
  findFolderByPath,
  getFolder,
  listFolders,
  updateFolder,
  type CreateFolderInput,
  type DeleteFolderInput,
  type FindFolderByPathInput,
  type Folder,
  type GetFolderInput,
  type ListFoldersInput,
  type UpdateFolderInput,
} from "./folders";
export {
  createBusiness,
  deleteBusiness,
  findBusinessByName,
  getBusiness,
  listBusiness,
  updateBusiness,
  type Business,
  type CreateBusinessInput,
  type DeleteBusinessInput,
  type FindBusinessByNameInput,
  type GetBusinessInput,
  type ListBusinessInput,
  type UpdateBusinessInput,
} from "./business";
export {
  MASKED_SECRET,
  createDataSource,
  deleteDataSource,
  findDataSource,
  listDataSources,
  updateDataSource,
  type CreateDataSourceInput,
  type DataSource,
  type DeleteDataSourceInput,
  type FindDataSourceInput,
  type ListDataSourcesInput,
  type UpdateDataSourceInput,
} from "./dataSources";
export {
  getProject,
  listFileType,
  type GetProjectInput,
  type ListFileTypeInput,
  type NodeTypeInfo,
  type Project,
} from "./project";
