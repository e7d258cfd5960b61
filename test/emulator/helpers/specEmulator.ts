import { startEmulator, type RunningEmulator, type StartEmulatorOptions } from "../../../emulator";

/**
 * A real emulator owned by one spec file: started by `open` (or for a whole `describe` block by
 * `openForSuite`), closed by `close`, reset between tests. Service-specific wrappers extend it.
 */
export abstract class SpecEmulator {
  private started: RunningEmulator | undefined;

  protected constructor(private readonly options: StartEmulatorOptions) {}

  async open(): Promise<void> {
    this.started = await startEmulator(this.options);
  }

  get emulator(): RunningEmulator {
    if (this.started === undefined) throw new Error("the emulator is used before it started");
    return this.started;
  }

  close(): Promise<void> {
    return this.emulator.close();
  }

  reset(): Promise<void> {
    return this.emulator.reset();
  }

  /** Moves the emulator's clock; answers the new time. */
  advance(ms: number): number {
    return this.emulator.advanceClock(ms);
  }
}

/**
 * Registers the hooks of a spec that shares one emulator across a `describe` block: opened before
 * its tests, closed after them, reset before each one (hooks registered later run after the reset).
 * Call it inside `describe`; answers `fixture`, usable from the hooks and tests on.
 */
export function openForSuite<T extends SpecEmulator>(fixture: T): T {
  before(() => fixture.open());
  after(() => fixture.close());
  beforeEach(() => fixture.reset());
  return fixture;
}
