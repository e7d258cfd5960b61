import { randomUUID } from "node:crypto";
import type { Runtime } from "../../../emulator/clock";

/**
 * A runtime whose real time stands still until the test moves it, so token buckets and expiry are
 * decided by the test and never by how fast the machine is.
 */
export class FrozenRuntime implements Runtime {
  /** Delays requested (injected latency), recorded instead of asserted on wall-clock time. */
  readonly delays: number[] = [];
  randomValue = 0;

  constructor(private current = Date.UTC(2025, 2, 14, 7, 0, 0)) {}

  realNow = (): number => this.current;

  delay = (ms: number): Promise<void> => {
    this.delays.push(ms);
    return new Promise((resolve) => setImmediate(resolve));
  };

  random = (): number => this.randomValue;

  uuid = (): string => randomUUID();

  tick(ms: number): void {
    this.current += ms;
  }
}
