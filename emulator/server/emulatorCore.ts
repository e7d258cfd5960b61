import { NonceCache } from "../auth";
import type { EmulatorClock, Runtime } from "../clock";
import type { NormalisedOptions } from "../options";
import type { ServiceContext, ServiceModule } from "../types";
import { FaultPlan } from "./faultPlan";
import { RequestLog } from "./requestLog";
import type { ServiceStates } from "./serviceStates";
import { StateFileWriter, type PersistedState } from "./stateFile";
import { Throttle } from "./throttle";

/**
 * Everything the gateways share: options, clock, state, faults, throttling, request log and the
 * state-file writer. One instance per running emulator.
 */
export class EmulatorCore {
  readonly faults = new FaultPlan();
  /** Alibaba signature nonces seen in the last 15 minutes (spec/signing.md §2.5 step 4). */
  readonly nonces = new NonceCache();
  readonly throttle: Throttle;
  readonly log: RequestLog;
  private readonly writer: StateFileWriter | undefined;

  constructor(
    readonly options: NormalisedOptions,
    readonly runtime: Runtime,
    readonly clock: EmulatorClock,
    readonly states: ServiceStates,
    readonly services: readonly ServiceModule[],
    onPersistError: (err: unknown) => void,
  ) {
    this.throttle = new Throttle(options.throttle);
    this.log = new RequestLog(options.requestLogSize);
    this.writer =
      options.stateFile === undefined
        ? undefined
        : new StateFileWriter(
            options.stateFile,
            () => this.persistedState(),
            runtime.delay,
            options.persistDebounceMs,
            onPersistError,
          );
  }

  service(name: string): ServiceModule | undefined {
    return this.services.find((service) => service.name === name);
  }

  context<S>(serviceName: string, requestId: string): ServiceContext<S> {
    return {
      state: this.states.get(serviceName) as S,
      now: () => this.clock.now(),
      timeScale: this.clock.timeScale,
      requestId,
      newId: () => this.runtime.uuid(),
      options: this.options.serviceOptions,
      credentials: this.options.credentials,
    };
  }

  /** A mutation happened: schedule a state-file write (no-op without `--state`). */
  markDirty(): void {
    this.writer?.markDirty();
  }

  /** Resolves when every mutation so far is on disk. */
  async flush(): Promise<void> {
    await this.writer?.flush();
  }

  reset(): void {
    this.states.reset();
    this.clock.resetOffset();
    this.faults.clear();
    this.throttle.reset();
    this.log.clear();
    this.markDirty();
  }

  persistedState(): PersistedState {
    return {
      format: "dataplatform-emulator-state",
      version: 1,
      savedAt: new Date(this.clock.now()).toISOString(),
      clockOffsetMs: this.clock.persistedOffset(),
      services: this.states.snapshot(),
    };
  }
}
