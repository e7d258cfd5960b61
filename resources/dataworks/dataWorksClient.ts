import {
  createClient,
  PROVIDER_CONFIG_KEYS,
  type ClientOptions,
  type CloudClient,
  type ProviderConfig,
} from "../../provider";
import type { ProviderSettings } from "../framework/providerSettings";

/**
 * The DataWorks client of one provider operation, built from the `dataplatform:*` stack config and
 * the host's environment at call time (ARCHITECTURE decision 2); never captured, never stored.
 * Only the client's own keys are handed over: the stack namespace may hold keys of other parts of
 * the package, which the client's strict config schema would refuse. `options` lets tests inject a
 * clock or switch client-side throttling off.
 */
export function dataWorksClient(
  settings: ProviderSettings,
  options: Omit<ClientOptions, "config" | "env"> = {},
): CloudClient {
  const config: Record<string, string> = {};
  for (const key of PROVIDER_CONFIG_KEYS) {
    const value = settings.config[key];
    if (value !== undefined) config[key] = value;
  }
  return createClient({ ...options, config: config as ProviderConfig, env: settings.env });
}
