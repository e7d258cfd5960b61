import type { CdmConfigValues } from "./model";
import { inputValue } from "./configInputs";
import {
  CDM_BINARY_CONNECTORS,
  CDM_DESTINATION_CONNECTORS,
  CDM_JOB_TYPES,
  CDM_LIST_ALL,
  CDM_SOURCE_CONNECTORS,
} from "./constants";
import {
  binaryNeedsFileConnectors,
  connectorNotFound,
  directionNotSupported,
  illegalParameter,
  linkInvalid,
  linkNotFound,
  mustNotBeEmpty,
} from "./errors";
import { DESTINATION_REQUIRED, SOURCE_REQUIRED } from "./jobConnectors";
import { LINK_CONNECTORS } from "./linkConnectors";
import type { CdmCluster } from "./model";
import type { JobBody } from "./schemas";
import { requireStringValues } from "./validateLink";

function checkConnector(connector: string, allowed: readonly string[]): void {
  if (allowed.includes(connector)) return;
  // A connector that exists but cannot be used in this direction (spec/cdm.md §4.16).
  if (LINK_CONNECTORS[connector] !== undefined) throw directionNotSupported(connector);
  throw connectorNotFound(connector);
}

function checkLink(cluster: CdmCluster, linkName: string, connector: string): void {
  const link = cluster.links[linkName];
  if (link === undefined) throw linkNotFound(linkName, "long");
  if (link.connectorName !== connector) throw linkInvalid(linkName);
}

function checkGroup(values: CdmConfigValues, group: string, field: string): void {
  if (!values.configs.some((config) => config.name === group)) {
    throw illegalParameter(`${field} must contain the configs group ${group}.`, "long");
  }
}

function checkRequired(values: CdmConfigValues, required: readonly (readonly string[])[]): void {
  for (const spellings of required) {
    if (spellings.every((name) => inputValue(values, name) === undefined)) {
      throw mustNotBeEmpty(spellings[0] ?? "parameter");
    }
  }
}

/**
 * Validates a job for create/update (spec/cdm.md §4.2–§4.16, Appendix D): job type and name
 * (`Cdm.0014`; `all` is reserved), connectors (`Cdm.0102` unknown, `Cdm.0061` wrong direction),
 * links (`Cdm.0101` missing, `Cdm.0317` other connector), config groups and string values
 * (`Cdm.0014`), required parameters (`Cdm.0238`) and binary transfers (`Cdm.0062`).
 */
export function validateJob(job: JobBody, cluster: CdmCluster): void {
  if (!(CDM_JOB_TYPES as readonly string[]).includes(job.job_type)) {
    throw illegalParameter(`Illegal parameter job_type: ${job.job_type}.`, "long");
  }
  if (job.name === CDM_LIST_ALL) {
    throw illegalParameter("The job name all is reserved.", "long");
  }
  const from = job["from-connector-name"];
  const to = job["to-connector-name"];
  checkConnector(from, CDM_SOURCE_CONNECTORS);
  checkConnector(to, CDM_DESTINATION_CONNECTORS);
  checkLink(cluster, job["from-link-name"], from);
  checkLink(cluster, job["to-link-name"], to);
  const fromValues = job["from-config-values"] as CdmConfigValues;
  const toValues = job["to-config-values"] as CdmConfigValues;
  const driverValues = job["driver-config-values"] as CdmConfigValues;
  checkGroup(fromValues, "fromJobConfig", "from-config-values");
  checkGroup(toValues, "toJobConfig", "to-config-values");
  // GAP-45: `fromJobConfig.formats` is the one parameter the seed shows as an object.
  requireStringValues(fromValues, ["fromJobConfig.formats"]);
  requireStringValues(toValues);
  requireStringValues(driverValues);
  checkRequired(fromValues, SOURCE_REQUIRED[from] ?? []);
  checkRequired(toValues, DESTINATION_REQUIRED[to] ?? []);
  const binary =
    inputValue(fromValues, "fromJobConfig.inputFormat") === "BINARY_FILE" ||
    inputValue(toValues, "toJobConfig.outputFormat") === "BINARY_FILE";
  if (binary && !(CDM_BINARY_CONNECTORS.includes(from) && CDM_BINARY_CONNECTORS.includes(to))) {
    throw binaryNeedsFileConnectors();
  }
}
