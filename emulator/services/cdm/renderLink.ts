import { CDM_SECRET_MASK } from "./constants";
import {
  BOOLEAN_LINK_PARAMETERS,
  INTEGER_LINK_PARAMETERS,
  LINK_CONNECTORS,
  SECRET_LINK_PARAMETERS,
} from "./linkConnectors";
import type { CdmInput, CdmLink } from "./model";

const member = (list: readonly string[], name: string): boolean =>
  list.some((entry) => entry.toLowerCase() === name.toLowerCase());

/**
 * One input as show-link returns it (spec/cdm.md §3.4): with a `type`, `INTEGER` values as JSON
 * numbers (the seed's example), secrets replaced by a fixed mask (GAP-25).
 */
function renderInput(input: CdmInput, connector: string): Record<string, unknown> {
  const value = typeof input.value === "string" ? input.value : JSON.stringify(input.value);
  if (member(SECRET_LINK_PARAMETERS, input.name)) {
    return { name: input.name, type: "STRING", value: CDM_SECRET_MASK };
  }
  if (member(INTEGER_LINK_PARAMETERS, input.name) && /^-?\d+$/.test(value)) {
    return { name: input.name, type: "INTEGER", value: Number(value) };
  }
  if (member(BOOLEAN_LINK_PARAMETERS, input.name)) {
    return { name: input.name, type: "BOOLEAN", value };
  }
  const enums = LINK_CONNECTORS[connector]?.enums ?? {};
  const type = Object.keys(enums).some((name) => name.toLowerCase() === input.name.toLowerCase())
    ? "ENUM"
    : "STRING";
  return { name: input.name, type, value };
}

/** The link object of the show-link body (spec/cdm.md §3.4). */
export function renderLink(link: CdmLink): Record<string, unknown> {
  const values = link.configValues;
  const rendered: Record<string, unknown> = {
    configs: values.configs.map((group, index) => ({
      inputs: group.inputs.map((input) => renderInput(input, link.connectorName)),
      name: group.name,
      id: index + 1,
      type: "LINK",
    })),
  };
  if (values["extended-configs"] !== undefined) {
    // spec/cdm.md §3.6: stored and echoed verbatim.
    rendered["extended-configs"] = values["extended-configs"];
  }
  if (values.validators !== undefined) rendered["validators"] = values.validators;
  return {
    "link-config-values": rendered,
    "creation-user": link.creationUser,
    name: link.name,
    id: link.id,
    "creation-date": link.creationDate,
    "connector-name": link.connectorName,
    "update-date": link.updateDate,
    enabled: link.enabled,
    "update-user": link.updateUser,
  };
}
