import {
  PROVIDER_CONFIG_KEYS,
  createClient,
  type ClientOptions,
  type CloudClient,
  type ProviderConfig,
} from "../../provider";
import type { ProviderSettings } from "../framework/providerSettings";

/**
 * The signed DataWorks client of one provider operation, built from the `dataplatform:*` stack
 * config and the host's environment at call time (ARCHITECTURE decision 2); never captured. Only the
 * keys the client knows are passed on: other `dataplatform:*` keys belong to other parts.
 * `options` lets tests inject a clock or switch client-side throttling off.
 */
export function connectFileClient(
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
