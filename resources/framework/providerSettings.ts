import type * as pulumi from "@pulumi/pulumi";

/** Stack config keys this package reads live under this namespace (ARCHITECTURE decision 2). */
export const CONFIG_NAMESPACE = "dataplatform";

/**
 * What a resource's `connect` step gets to build its client from: the `dataplatform:*` stack config
 * (namespace stripped; secret values arrive unwrapped, engine.md §2.4 "Configure") and the
 * environment of the provider host, read at call time. Neither is ever captured by the serialized
 * provider or written to state.
 */
export interface ProviderSettings {
  readonly config: Readonly<Record<string, string>>;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * The host hands `configure` a Config over the *whole* stack config (engine.md §2.4); its
 * `rawConfig` holds every key. When an SDK version does not expose it, fall back to the keys the
 * caller names.
 */
export function settingsFromConfigure(
  request: pulumi.dynamic.ConfigureRequest,
  env: NodeJS.ProcessEnv,
  knownKeys: readonly string[] = [],
): ProviderSettings {
  const prefix = `${CONFIG_NAMESPACE}:`;
  const config: Record<string, string> = {};
  const raw = (request.config as { rawConfig?: unknown }).rawConfig;
  if (typeof raw === "object" && raw !== null) {
    for (const [key, value] of Object.entries(raw)) {
      if (key.startsWith(prefix) && typeof value === "string") config[key.slice(prefix.length)] = value;
    }
  } else {
    for (const key of knownKeys) {
      const value = request.config.get(`${prefix}${key}`);
      if (value !== undefined) config[key] = value;
    }
  }
  return { config, env };
}
