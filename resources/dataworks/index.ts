/**
 * The DataWorks resources, exported from the package as the `dataworks` namespace.
 */
export { BusinessFlow, type BusinessFlowArgs } from "./businessFlow";
export { DataSource, type DataSourceArgs, type DataSourceEnvironment } from "./dataSource";
export type {
  ConnectionProperties,
  ContentFor,
  DataSourceContentByType,
  DataSourceTypeName,
} from "./dataSourceContent";
export { File, type FileArgs } from "./file";
export { Folder, type FolderArgs } from "./folder";
