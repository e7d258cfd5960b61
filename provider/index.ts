/**
 * The public surface of provider/: the signed client, its errors and options, the poller,
 * credential resolution, the signers (as a namespace) and the typed service operations.
 * resources/ imports provider/ only through this file (house style §7.2 rule 4).
 */
export { createClient, type CloudClient } from "./client";
export type {
  AlibabaSignatureVersion,
  ClientOptions,
  ThrottleOptions,
  TimeoutOptions,
} from "./clientOptions";
export type { ClientLogEvent, ClientLogger, RetryEvent, ThrottleWaitEvent, TokenRefreshEvent } from "./clientLog";
export * from "./errors";
export * from "./clock";
export * from "./operation";
export { DISPATCHER_DEFAULTS, closeSharedDispatcher } from "./dispatcher";
export { RETRY_DEFAULTS, type RetryOptions } from "./retry/retryOptions";
export {
  CDM_DEFAULT_PER_MINUTE,
  CDM_PER_MINUTE,
  DATAWORKS_LEVEL3_DAILY_CAP,
  DATAWORKS_LEVEL_QPS,
} from "./throttle/limits";
export { ThrottleRegistry } from "./throttle/throttleRegistry";
export { IamTokenCache, TOKEN_REFRESH_MARGIN_MS } from "./huawei/iamTokenCache";
export { poll, type PollObservation, type PollOptions } from "./polling/poll";
export {
  HUAWEI_AUTH_MODES,
  PROVIDER_CONFIG_KEYS,
  ProviderConfigSchema,
  SECRET_CONFIG_KEYS,
  STACK_CONFIG_NAMESPACE,
  stackConfigKey,
  type HuaweiAuthMode,
  type ProviderConfig,
  type ProviderConfigKey,
} from "./credentials/providerConfig";
export { ENV, type Environment } from "./credentials/environment";
export { InvalidConfigError } from "./credentials/invalidConfigError";
export type { Endpoint } from "./credentials/endpoints";
export {
  EMULATOR_DEFAULT_REGIONS,
  resolveAlibabaSettings,
  resolveHuaweiSettings,
  type AlibabaSettings,
  type HuaweiSettings,
} from "./credentials/resolveSettings";
export * as signers from "./signers";
export * from "./services/dataworks";
export * from "./services/cdm";
/** As a namespace: DLI's `showJobStatus` and CDM's share a name (spec/dli.md §6.1, spec/cdm.md §4.11). */
export * as dli from "./services/dli";
