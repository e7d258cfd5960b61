/**
 * CDM carries every link and job parameter as `configs[].inputs[] {name, value}` groups
 * (spec/cdm.md §3.2, §4.3). Callers work with a flat map `{ "linkConfig.host": "10.0.0.1",
 * "linkConfig.port": 3306 }`; these helpers convert between the two forms.
 *
 * - Writes: every value is sent as a string (spec/cdm.md §3.2 "must be sent as a string"): numbers in
 *   decimal, booleans as `"true"`/`"false"`, maps (`linkConfig.jdbcProperties`, `linkConfig.properties`,
 *   `fromJobConfig.formats`) as a JSON object string (spec/cdm.md §7 GAP-26, GAP-45).
 * - Reads: the service types some values (`{"type":"INTEGER","value":22}`, spec/cdm.md §3.4): INTEGER and
 *   LONG come back as numbers, BOOLEAN as booleans, object values as string maps, the rest as strings.
 *   Compare with `inputValueToString` on both sides (spec/cdm.md §7 GAP-28).
 */
import { z } from "zod";

export type CdmInputValue = string | number | boolean | Readonly<Record<string, string>>;
export type CdmConfigMap = Readonly<Record<string, CdmInputValue>>;

/** A map value accepted by the typed inputs (`Map` parameters of spec/cdm.md §3.5). */
export const CdmInputValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.record(z.string(), z.string()),
]);
export const CdmConfigMapSchema = z.record(z.string().min(1), CdmInputValueSchema);

const wireInputValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  // spec/cdm.md §4.3: the HBase sample sends `fromJobConfig.formats` as an object.
  z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
]);

export const WireInputSchema = z.object({
  name: z.string(),
  value: wireInputValue,
  type: z.string().optional(),
});
export const WireConfigSchema = z.object({
  name: z.string(),
  inputs: z.array(WireInputSchema),
  id: z.number().optional(),
  type: z.string().optional(),
});
export const WireExtendedConfigsSchema = z.object({ name: z.string(), value: z.string() });
export const WireConfigValuesSchema = z.object({
  configs: z.array(WireConfigSchema),
  "extended-configs": WireExtendedConfigsSchema.optional(),
  validators: z.array(z.string()).optional(),
});

export type WireConfig = z.input<typeof WireConfigSchema>;
export type WireConfigValues = z.input<typeof WireConfigValuesSchema>;
export type CdmExtendedConfigs = z.output<typeof WireExtendedConfigsSchema>;

/** The string CDM expects on the wire for a typed value. */
export function inputValueToString(value: CdmInputValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** The same map with every value as its wire string: the form to compare reads against inputs. */
export function configMapToStrings(map: CdmConfigMap): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(map)) out[name] = inputValueToString(value);
  return out;
}

/** The group a parameter belongs to by its prefix: `throttlingConfig.numExtractors` → `throttlingConfig`. */
export function groupByPrefix(inputName: string): string {
  const dot = inputName.indexOf(".");
  return dot <= 0 ? inputName : inputName.slice(0, dot);
}

/**
 * Flat map → `configs[]`. `group` is a fixed group name (`linkConfig`, whose inputs include
 * `dialect.identifierEnclose`, spec/cdm.md §3.2) or a function of the input name. Groups appear in
 * the order of their first input, or in `groupOrder` first (empty groups included) when given.
 */
export function toConfigs(
  map: CdmConfigMap,
  group: string | ((inputName: string) => string),
  groupOrder: readonly string[] = [],
): WireConfig[] {
  const groupOf = typeof group === "string" ? () => group : group;
  const groups = new Map<string, { name: string; value: string }[]>();
  for (const name of groupOrder) groups.set(name, []);
  for (const [name, value] of Object.entries(map)) {
    const groupName = groupOf(name);
    const inputs = groups.get(groupName) ?? [];
    inputs.push({ name, value: inputValueToString(value) });
    groups.set(groupName, inputs);
  }
  return [...groups].map(([name, inputs]) => ({ name, inputs }));
}

/** `configs[]` → flat map, typed where the service typed the value (spec/cdm.md §3.2 "Read-back typing"). */
export function fromConfigs(configs: readonly z.output<typeof WireConfigSchema>[]): Record<string, CdmInputValue> {
  const out: Record<string, CdmInputValue> = {};
  for (const config of configs) {
    for (const input of config.inputs) out[input.name] = readInputValue(input.value, input.type);
  }
  return out;
}

function readInputValue(value: z.output<typeof wireInputValue>, type: string | undefined): CdmInputValue {
  if (typeof value === "object") {
    const map: Record<string, string> = {};
    for (const [key, item] of Object.entries(value)) map[key] = String(item);
    return map;
  }
  const kind = type?.toUpperCase();
  if ((kind === "INTEGER" || kind === "LONG") && typeof value === "string" && /^-?\d+$/.test(value)) {
    return Number(value);
  }
  if (kind === "BOOLEAN" && (value === "true" || value === "false")) return value === "true";
  return value;
}
