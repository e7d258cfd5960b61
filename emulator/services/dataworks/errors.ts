import { maskSecrets } from "../../maskSecrets";
import { EmulatorError } from "../../types";

/**
 * One factory per DataWorks error code the emulator answers with, with the documented HTTP status
 * and message (spec/dataworks.md §1.7, §3.5, §4.9). `%s` templates are filled in. Codes marked
 * "placeholder" are the spec's emulator conventions (§4.8): the real service documents no code.
 * Where a documented message is generic, the reason follows it in parentheses so that a local user
 * can see which rule failed; the code and the documented text stay intact.
 */

const withReason = (message: string, reason?: string): string =>
  reason === undefined ? message : `${message} (${reason})`;

const error = (status: number, code: string, message: string): EmulatorError =>
  new EmulatorError(status, code, message);

// Gateway-level parameter checks (spec §1.7, outside seeds: the Alibaba API gateway's codes).
export const missingParameter = (name: string): EmulatorError =>
  error(
    400,
    "MissingParameter",
    `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
  );
export const invalidParameter = (name: string, value: string): EmulatorError =>
  error(
    400,
    "InvalidParameter",
    `The specified parameter "${name}" is not valid: ${JSON.stringify(value)}.`,
  );

// Business-rule validation (spec §4.10: `Invalid.Param`, the code/message pair of 001 chapter 9).
export const invalidParam = (reason?: string): EmulatorError =>
  error(400, "Invalid.Param", withReason("The request parameter is invalid.", reason));

// Not found (spec §4.8; DataStudio codes are placeholders).
export const fileNotExists = (fileId?: number | string): EmulatorError =>
  error(
    400,
    "Invalid.DataStudio.FileNotExists",
    withReason("The file does not exist.", fileId === undefined ? undefined : `FileId ${fileId}`),
  );
export const fileVersionNotExists = (fileId: number, version: number): EmulatorError =>
  error(
    400,
    "Invalid.DataStudio.FileVersionNotExists",
    withReason("The file version does not exist.", `FileId ${fileId}, FileVersion ${version}`),
  );
export const folderNotExists = (folder: string): EmulatorError =>
  error(
    400,
    "Invalid.DataStudio.FolderNotExists",
    withReason("The folder does not exist.", folder),
  );
export const businessNotExists = (business: string | number): EmulatorError =>
  error(
    400,
    "Invalid.DataStudio.BusinessNotExists",
    withReason("The business does not exist.", String(business)),
  );
export const deploymentNotExists = (deploymentId: number): EmulatorError =>
  error(
    400,
    "Invalid.DataStudio.DeploymentNotExists",
    withReason("The deployment does not exist.", `DeploymentId ${deploymentId}`),
  );
export const projectNotExists = (): EmulatorError =>
  error(400, "Invalid.Tenant.ProjectNotExists", "The project does not exist.");

// Uniqueness (spec §4.6).
export const fileNameExists = (name: string): EmulatorError =>
  error(
    400,
    "Invalid.DI.Parameter.File.Existed",
    withReason("The file name already exists.", name),
  );

// Containers that still hold children (spec §4.5 emulator convention) and engine bindings (§3.5.4).
export const invalidOperation = (reason: string): EmulatorError =>
  error(400, "Invalid.Operation", reason);
export const boundDataSource = (): EmulatorError =>
  error(
    400,
    "Invalid.Operation",
    "You cannot delete the bindingCalcEngine that is bound to the data source.",
  );

// Data sources (spec §3.5).
export const connectionNotExists = (): EmulatorError =>
  error(400, "Invalid.Tenant.ConnectionNotExists", "The connection does not exist.");
export const dataSourceNotFound = (id: number): EmulatorError =>
  error(400, "DataSource.NotFound", `The specified data source ID ${id} does not exist.`);
export const connectionAlreadyExist = (envType: number, name: string): EmulatorError =>
  error(
    400,
    "ConnectionAlreadyExist",
    `The connection with envType ${envType} and name ${name} already exists.`,
  );
export const dataSourceTypeNotExist = (type: string): EmulatorError =>
  error(
    400,
    "Invalid.DataSource.DataSourceTypeNotExist",
    `The data source type ${type} does not exist.`,
  );
export const dataSourceTypeNotSupport = (type: string, subType: string): EmulatorError =>
  error(
    400,
    "Invalid.DataSource.DataSourceTypeNotSupport",
    `The dataSourceType ${type} and subType ${subType} are not supported.`,
  );
export const missingConnectionProperty = (property: string): EmulatorError =>
  error(
    400,
    "MissingParam.ConnectionStr.Property",
    `You must specify property ${property} required by the data source connection string.`,
  );
/** The value is echoed as documented (§3.5.1), but a `password=…` inside a JDBC URL is masked. */
export const connectionPatternNotMatch = (value: string, pattern: string): EmulatorError =>
  error(
    400,
    "DataSource.ConnectionStrProperty.PatternNotMatch",
    `The pattern value ${String(maskSecrets(value))} is invalid. ` +
      `The correct pattern is ${pattern}.`,
  );
export const ramRoleCheckFailure = (accountId: string, roleArn: string): EmulatorError =>
  error(
    400,
    "DataSource.CheckRamRoleFailure",
    `Failed to check the RAM role. AccountId ${accountId}. roleArn ${roleArn}.`,
  );
export const connectionEmpty = (): EmulatorError =>
  error(400, "Invalid.Connection.Empty", "You must specify the connection parameter.");
export const requiredParameterEmpty = (name: string): EmulatorError =>
  error(400, "Required.Parameter.Empty", `You must specify the parameter ${name}.`);
