import type { AlibabaAction } from "../../../types";
import type { DataWorksState } from "../model";
import { checkFileDeployment } from "./checkFileDeployment";
import { createBusiness } from "./createBusiness";
import { createDataSource } from "./createDataSource";
import { createFile } from "./createFile";
import { createFolder } from "./createFolder";
import { createUdfFile } from "./createUdfFile";
import { deleteBusiness } from "./deleteBusiness";
import { deleteDataSource } from "./deleteDataSource";
import { deleteFile } from "./deleteFile";
import { deleteFolder } from "./deleteFolder";
import { deployFile } from "./deployFile";
import { getBusiness } from "./getBusiness";
import { getDeployment } from "./getDeployment";
import { getFile } from "./getFile";
import { getFileVersion } from "./getFileVersion";
import { getFolder } from "./getFolder";
import { getProject } from "./getProject";
import { listBusiness } from "./listBusiness";
import { listDataSources } from "./listDataSources";
import { listDeployments } from "./listDeployments";
import { listFiles } from "./listFiles";
import { listFileType } from "./listFileType";
import { listFileVersions } from "./listFileVersions";
import { listFolders } from "./listFolders";
import { submitFile } from "./submitFile";
import { updateBusiness } from "./updateBusiness";
import { updateDataSource } from "./updateDataSource";
import { updateFile } from "./updateFile";
import { updateFolder } from "./updateFolder";
import { updateUdfFile } from "./updateUdfFile";

/**
 * Every DataWorks wire action the emulator answers, keyed by its `Action` name (spec/dataworks.md §3).
 * Each handler declares its throttling level (§1.8); the core applies it.
 */
export const DATAWORKS_ACTIONS: Readonly<Record<string, AlibabaAction<DataWorksState>>> = {
  // Files (§3.1).
  CreateFile: createFile,
  UpdateFile: updateFile,
  GetFile: getFile,
  DeleteFile: deleteFile,
  ListFiles: listFiles,
  SubmitFile: submitFile,
  DeployFile: deployFile,
  GetDeployment: getDeployment,
  CheckFileDeployment: checkFileDeployment,
  ListDeployments: listDeployments,
  ListFileVersions: listFileVersions,
  GetFileVersion: getFileVersion,
  // UDF files (§3.2).
  CreateUdfFile: createUdfFile,
  UpdateUdfFile: updateUdfFile,
  // Folders (§3.3).
  CreateFolder: createFolder,
  GetFolder: getFolder,
  UpdateFolder: updateFolder,
  DeleteFolder: deleteFolder,
  ListFolders: listFolders,
  // Business flows (§3.4).
  CreateBusiness: createBusiness,
  UpdateBusiness: updateBusiness,
  GetBusiness: getBusiness,
  DeleteBusiness: deleteBusiness,
  ListBusiness: listBusiness,
  // Data sources (§3.5).
  CreateDataSource: createDataSource,
  UpdateDataSource: updateDataSource,
  ListDataSources: listDataSources,
  DeleteDataSource: deleteDataSource,
  // Workspace and helpers (§3.6).
  GetProject: getProject,
  ListFileType: listFileType,
};
