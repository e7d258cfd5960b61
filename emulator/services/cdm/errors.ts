import { EmulatorError } from "../../types";

/**
 * CDM error factories (spec/cdm.md §1.8, §5.1). Two body shapes: the short
 * `{errCode, externalMessage}` of most APIs, and the long `{code, errCode, message, externalMessage}`
 * of the 400 answers of create/update link and create/update job.
 */
export type CdmErrorShape = "short" | "long";

export function cdmError(
  status: number,
  code: string,
  message: string,
  shape: CdmErrorShape = "short",
): EmulatorError {
  const body =
    shape === "short"
      ? { errCode: code, externalMessage: message }
      : { code, errCode: code, message, externalMessage: message };
  return new EmulatorError(status, code, message, body);
}

/** `Cdm.0001`, answered with the status chosen by the `cdmClusterNotFoundStatus` option (Appendix D: 404). */
export const clusterNotFound = (clusterId: string, status: number): EmulatorError =>
  cdmError(status, "Cdm.0001", `The cluster ${clusterId} does not exist or has been deleted.`);

/** `Cdm.0014` illegal parameter. */
export const illegalParameter = (message: string, shape: CdmErrorShape = "short"): EmulatorError =>
  cdmError(400, "Cdm.0014", message, shape);

/** `Cdm.0238` "%s must not be empty." (a required connector parameter is missing). */
export const mustNotBeEmpty = (name: string): EmulatorError =>
  cdmError(400, "Cdm.0238", `${name} must not be empty.`, "long");

/** `Cdm.0036`: the cluster is not running, so links and jobs cannot be validated (Appendix D). */
export const clusterNotReady = (clusterId: string, status: string): EmulatorError =>
  cdmError(
    400,
    "Cdm.0036",
    `Internal error: cluster ${clusterId} is not running (status ${status}).`,
  );

/** `Cdm.0037`: a job cannot be submitted on a cluster that is not running (Appendix D). */
export const cannotSubmit = (jobName: string, status: string): EmulatorError =>
  cdmError(400, "Cdm.0037", `Failed to submit job ${jobName}: cluster status is ${status}.`);

/** `Cdm.0100`, wording of the seed's delete-job example (§4.8). Status 400, or 500 on delete. */
export const jobNotFound = (jobName: string, status = 400): EmulatorError =>
  cdmError(status, "Cdm.0100", `Job[${jobName}] doesn't exist.`);

/** `Cdm.0101` (spec/cdm.md §3.4). */
export const linkNotFound = (linkName: string, shape: CdmErrorShape = "short"): EmulatorError =>
  cdmError(400, "Cdm.0101", `Link [${linkName}] doesn't exist.`, shape);

/** `Cdm.0316`: update of a link that does not exist (§3.4). */
export const linkUpdateNotFound = (linkName: string): EmulatorError =>
  cdmError(400, "Cdm.0316", `Cannot update link [${linkName}] because it does not exist.`, "long");

/** `Cdm.0021` with HTTP 500, exactly the seed's delete-link example (GAP-30). */
export const linkInUse = (): EmulatorError =>
  cdmError(500, "Cdm.0021", "Given link name is in use");

/** `Cdm.0315`, the seed's duplicate-link example (§3.3). */
export const duplicateLink = (linkName: string): EmulatorError =>
  cdmError(
    400,
    "Cdm.0315",
    `Link name [${linkName}] already exist or created by other user.`,
    "long",
  );

/** `Cdm.0104`, the seed's duplicate-job example (§4.4, GAP-39). */
export const duplicateJob = (): EmulatorError =>
  cdmError(400, "Cdm.0104", "Job name already exist or created by other.", "long");

/** `Cdm.0102`. */
export const connectorNotFound = (connector: string): EmulatorError =>
  cdmError(400, "Cdm.0102", `Connector [${connector}] does not exist.`, "long");

/** `Cdm.0317`: a job's link does not use the job's connector. */
export const linkInvalid = (linkName: string): EmulatorError =>
  cdmError(400, "Cdm.0317", `Link ${linkName} is invalid.`, "long");

/** `Cdm.0061`. */
export const directionNotSupported = (connector: string): EmulatorError =>
  cdmError(
    400,
    "Cdm.0061",
    `Connector ${connector} does not support this direction. Cannot submit job.`,
    "long",
  );

/** `Cdm.0062`. */
export const binaryNeedsFileConnectors = (): EmulatorError =>
  cdmError(400, "Cdm.0062", "Binary files only work with SFTP/FTP/HDFS/OBS connectors.", "long");

/** `Cdm.0052`. */
export const jobRunning = (jobName: string): EmulatorError =>
  cdmError(400, "Cdm.0052", `Job ${jobName} is running.`);

/** `Cdm.0060`: a job cannot be submitted while one of its links is disabled (spec/cdm.md §5.1). */
export const linkDisabled = (linkName: string): EmulatorError =>
  cdmError(400, "Cdm.0060", `Link ${linkName} used by the job is disabled. Cannot submit job.`);

/** `Cdm.0053`. */
export const jobNotRunning = (jobName: string): EmulatorError =>
  cdmError(400, "Cdm.0053", `Job ${jobName} is not running.`);

/** HTTP 500 with a validation result: the connectivity check of a link failed (spec/cdm.md §3.3). */
export function linkValidationFailed(message: string): EmulatorError {
  return new EmulatorError(500, "Cdm.0021", message, {
    "validation-result": [{ linkConfig: [{ message, status: "ERROR" }] }],
  });
}
