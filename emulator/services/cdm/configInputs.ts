import type { CdmConfigValues, CdmInput } from "./model";

/** Every input of every group, in order. */
export function allInputs(values: CdmConfigValues): CdmInput[] {
  return values.configs.flatMap((group) => group.inputs);
}

/**
 * The value of a parameter, matched case-insensitively (spec/cdm.md §7 GAP-23: the seed spells
 * `linkConfig.userName` / `linkConfig.username`, `safeMode` / `safemode` …). Absent or empty → undefined.
 */
export function inputValue(values: CdmConfigValues, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const found = allInputs(values).find((input) => input.name.toLowerCase() === wanted);
  if (found === undefined) return undefined;
  const value = typeof found.value === "string" ? found.value : JSON.stringify(found.value);
  return value === "" ? undefined : value;
}
