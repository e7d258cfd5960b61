import { EmulatorClock, systemRuntime } from "./clock";
import type { EmulatorCredentials } from "./credentials";
import { normaliseOptions, type StartEmulatorOptions } from "./options";
import { SERVICES } from "./services/registry";
import { EmulatorCore } from "./server/emulatorCore";
import { EmulatorServer } from "./server/emulatorServer";
import type { ActiveFault, FaultRule } from "./server/faultPlan";
import { FaultRulesSchema } from "./server/faultPlan";
import type { RequestLogEntry } from "./server/requestLog";
import { ServiceStates } from "./server/serviceStates";
import { readStateFile } from "./server/stateFile";

/** A running emulator. Every method mirrors a control-API endpoint (docs/emulator.md). */
export interface RunningEmulator {
  /** `http://HOST:PORT`, the endpoint for every service. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** The accepted key pairs, projects and IAM users. */
  readonly credentials: EmulatorCredentials;
  /** Stops listening, then writes any pending state to the state file. */
  close(): Promise<void>;
  /** Back to the initial state: services, clock offset, faults, throttling counters, request log. */
  reset(): Promise<void>;
  /** A deep copy of every service's state. */
  state(): Record<string, unknown>;
  /** Moves emulator time forward; returns the new emulator time (epoch ms). */
  advanceClock(ms: number): number;
  /** Emulator time in epoch ms. */
  now(): number;
  setFault(rule: FaultRule | readonly FaultRule[]): ActiveFault[];
  clearFaults(): void;
  faults(): readonly ActiveFault[];
  requests(filter?: { service?: string; action?: string }): RequestLogEntry[];
  clearRequests(): void;
  /** Resolves when every state change so far is in the state file. */
  flush(): Promise<void>;
}

/**
 * Starts the emulator of DataWorks, CDM, DLI and IAM on one port.
 *
 * ```ts
 * const emulator = await startEmulator({ port: 0, throttle: false });
 * process.env.DATAPLATFORM_ENDPOINT = emulator.url;
 * ```
 */
export async function startEmulator(input: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const { services = SERVICES, runtime = systemRuntime, ...json } = input;
  const options = normaliseOptions(json);
  const persisted = options.stateFile === undefined ? undefined : readStateFile(options.stateFile);
  const clock = new EmulatorClock(runtime.realNow, options.timeScale, persisted?.clockOffsetMs ?? 0);
  const states = new ServiceStates(services, persisted?.services);
  const core = new EmulatorCore(options, runtime, clock, states, services, (err) => {
    console.error("emulator: cannot write the state file", err);
  });
  const server = new EmulatorServer(core);
  const address = await server.listen(options.port, options.host);
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  let closing: Promise<void> | undefined;

  return {
    url,
    port: address.port,
    host: address.address,
    credentials: options.credentials,
    close: () => {
      closing ??= server.close().then(() => core.flush());
      return closing;
    },
    reset: async () => {
      core.reset();
      await core.flush();
    },
    state: () => structuredClone(states.snapshot()),
    advanceClock: (ms) => {
      core.clock.advance(ms);
      core.markDirty();
      return core.clock.now();
    },
    now: () => core.clock.now(),
    setFault: (rule) => {
      const parsed = FaultRulesSchema.parse(rule);
      return core.faults.add(Array.isArray(parsed) ? parsed : [parsed]);
    },
    clearFaults: () => core.faults.clear(),
    faults: () => core.faults.list(),
    requests: (filter) => core.log.list(filter),
    clearRequests: () => core.log.clear(),
    flush: () => core.flush(),
  };
}

export type { StartEmulatorOptions, EmulatorOptionsInput } from "./options";
export type { EmulatorCredentials, CredentialsFile } from "./credentials";
export { DEFAULT_CREDENTIALS, DEFAULT_HUAWEI_PROJECT_ID, DEFAULT_HUAWEI_REGION } from "./credentials";
export type { FaultRule, ActiveFault } from "./server/faultPlan";
export type { RequestLogEntry } from "./server/requestLog";
export type { Runtime } from "./clock";
export * from "./types";
