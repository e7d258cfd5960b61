import { randomUUID } from "node:crypto";

/**
 * The emulator's only contact with real time, timers and randomness (house style §7.3 rule 5):
 * everything else receives a `Runtime` and an `EmulatorClock`, so tests can freeze time.
 */
export interface Runtime {
  /** Real wall-clock time in epoch milliseconds. */
  realNow(): number;
  /** Resolves after `ms` real milliseconds (injected latency, write debouncing). */
  delay(ms: number): Promise<void>;
  /** A number in [0, 1) (probabilistic faults). */
  random(): number;
  /** A fresh UUID v4. */
  uuid(): string;
}

export const systemRuntime: Runtime = {
  realNow: () => Date.now(),
  delay: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
  random: () => Math.random(),
  uuid: () => randomUUID(),
};

/**
 * Emulator time = anchor + (real elapsed since anchor) × timeScale + offset.
 * The offset is moved by the control API (`POST /__emulator/clock/advance`) and persisted, so a
 * restarted emulator continues from the instant it had reached, not from real time.
 */
export class EmulatorClock {
  private readonly anchor: number;
  private offset: number;

  constructor(
    private readonly realNow: () => number,
    readonly timeScale: number,
    offsetMs = 0,
  ) {
    this.anchor = realNow();
    this.offset = offsetMs;
  }

  now(): number {
    const real = this.realNow();
    return Math.floor(this.anchor + (real - this.anchor) * this.timeScale + this.offset);
  }

  advance(ms: number): void {
    this.offset += ms;
  }

  /** The difference between emulator time and real time, which is what a restart must restore. */
  persistedOffset(): number {
    return this.now() - this.realNow();
  }

  /** Back to real time (scaled from now on), as after `POST /__emulator/reset`. */
  resetOffset(): void {
    this.offset = 0;
  }

  snapshot(): { now: number; iso: string; offsetMs: number; timeScale: number } {
    const now = this.now();
    return {
      now,
      iso: new Date(now).toISOString(),
      offsetMs: now - this.realNow(),
      timeScale: this.timeScale,
    };
  }
}
