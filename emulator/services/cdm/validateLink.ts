import { inputValue } from "./configInputs";
import {
  connectorNotFound,
  illegalParameter,
  linkValidationFailed,
  mustNotBeEmpty,
} from "./errors";
import { ADDRESS_LINK_PARAMETERS, LINK_CONNECTORS } from "./linkConnectors";
import type { CdmConfigValues } from "./model";
import type { LinkBody } from "./schemas";

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Every input value must be sent as a string (spec/cdm.md §3.2 `Input.value`). */
export function requireStringValues(
  values: CdmConfigValues,
  allowObject: readonly string[] = [],
): void {
  for (const group of values.configs) {
    for (const input of group.inputs) {
      const objectAllowed = allowObject.some((name) => sameName(name, input.name));
      const ok =
        typeof input.value === "string" ||
        (objectAllowed && typeof input.value === "object" && input.value !== null);
      if (!ok) throw illegalParameter(`The value of ${input.name} must be a string.`, "long");
    }
  }
}

/**
 * Validates a link body for create/update (spec/cdm.md §3.3, §3.5): a known connector (`Cdm.0102`),
 * a `linkConfig` group, string values, the connector's required parameters (`Cdm.0238`) and enums
 * (`Cdm.0014`), then the emulated connectivity check (HTTP 500 + `validation-result`, GAP-33).
 */
export function validateLink(link: LinkBody, unreachableHostPattern: string): CdmConfigValues {
  const connector = link["connector-name"];
  const rule = LINK_CONNECTORS[connector];
  if (rule === undefined) throw connectorNotFound(connector);
  const values = link["link-config-values"] as CdmConfigValues;
  if (!values.configs.some((group) => group.name === "linkConfig")) {
    throw illegalParameter("link-config-values must contain the configs group linkConfig.", "long");
  }
  requireStringValues(values);
  const value = (name: string): string | undefined => inputValue(values, name);
  const required = [...rule.required, ...(rule.conditional?.(value) ?? [])];
  for (const spellings of required) {
    if (spellings.every((name) => value(name) === undefined)) {
      throw mustNotBeEmpty(spellings[0] ?? "parameter");
    }
  }
  for (const [name, allowed] of Object.entries(rule.enums ?? {})) {
    const given = value(name);
    if (given !== undefined && !allowed.some((option) => sameName(option, given))) {
      throw illegalParameter(
        `Illegal parameter ${name}: ${given} is not one of ${allowed.join(", ")}.`,
        "long",
      );
    }
  }
  const unreachable = new RegExp(unreachableHostPattern, "i");
  for (const name of ADDRESS_LINK_PARAMETERS) {
    const address = value(name);
    if (address !== undefined && unreachable.test(address)) {
      throw linkValidationFailed(`Cannot connect to server: ${address}. Connection timed out.`);
    }
  }
  return values;
}
