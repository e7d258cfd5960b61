/**
 * `pulumi-dataplatform/testing`: test Pulumi programs that use this package without a cloud and
 * without the Pulumi CLI (docs/testing.md). The emulator serves DataWorks, CDM, DLI and IAM on one
 * local port; the provider host is the SDK's real dynamic-provider host; the mini engine drives it
 * with the request shapes of the Pulumi engine (preview, up, refresh, destroy).
 */
export {
  startEmulator,
  DEFAULT_CREDENTIALS,
  DEFAULT_HUAWEI_PROJECT_ID,
  DEFAULT_HUAWEI_REGION,
  type RunningEmulator,
  type StartEmulatorOptions,
  type EmulatorOptionsInput,
  type EmulatorCredentials,
  type CredentialsFile,
  type FaultRule,
  type ActiveFault,
  type RequestLogEntry,
} from "../emulator";
export { emulatorStackConfig, type EmulatorStackConfig } from "./emulatorStackConfig";
export { declareResources } from "./declareResources";
export { ProviderHost, HostCallError, type ProviderHostOptions } from "./providerHost";
export {
  MiniEngine,
  type DeclaredResource,
  type MiniEngineOptions,
  type RunResult,
  type StateEntry,
  type Step,
  type StepOp,
} from "./miniEngine";
export {
  UNKNOWN_VALUE,
  secretEnvelope,
  isSecretEnvelope,
  unwrapSecrets,
  secretKeys,
} from "./wireValues";
