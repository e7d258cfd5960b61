import type { RunningEmulator } from "../emulator";
import { stackConfigKey, SECRET_CONFIG_KEYS, type ProviderConfig } from "../provider";

/** Stack config for a `MiniEngine` (or `pulumi config set`) pointing every resource at an emulator. */
export interface EmulatorStackConfig {
  /** Namespaced keys (`dataplatform:endpoint` …), the emulator's first key pair of each cloud. */
  readonly config: Record<string, string>;
  /** The keys among them that are secrets (sent to Configure as secret envelopes). */
  readonly secretConfig: string[];
}

/**
 * The `dataplatform:*` stack config for a running emulator: its URL as the endpoint of every
 * service and its first Alibaba and Huawei key pairs (ARCHITECTURE decision 2: credentials reach
 * the provider only through `configure()` or the environment).
 */
export function emulatorStackConfig(
  emulator: Pick<RunningEmulator, "url" | "credentials">,
): EmulatorStackConfig {
  const alibaba = emulator.credentials.alibaba[0];
  const huawei = emulator.credentials.huawei[0];
  const project = emulator.credentials.projects.find((p) => p.id === huawei?.projectId);
  const values: ProviderConfig = {
    endpoint: emulator.url,
    ...(alibaba === undefined
      ? {}
      : {
          alibabaAccessKeyId: alibaba.accessKeyId,
          alibabaAccessKeySecret: alibaba.accessKeySecret,
        }),
    ...(huawei === undefined
      ? {}
      : {
          huaweiAccessKey: huawei.accessKey,
          huaweiSecretKey: huawei.secretKey,
          huaweiProjectId: huawei.projectId,
        }),
    ...(project === undefined ? {} : { huaweiRegion: project.name }),
  };
  const config: Record<string, string> = {};
  const secretConfig: string[] = [];
  for (const [key, value] of Object.entries(values) as [keyof ProviderConfig, string][]) {
    config[stackConfigKey(key)] = value;
    if (SECRET_CONFIG_KEYS.includes(key)) secretConfig.push(stackConfigKey(key));
  }
  return { config, secretConfig };
}
