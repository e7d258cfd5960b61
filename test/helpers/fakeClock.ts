import type { Clock } from "../../provider/clock";

/**
 * A clock for tests: time moves only when `sleep` is called (it advances instantly) or when the test
 * calls `advance`. Every sleep is recorded so tests can assert on back-off intervals.
 */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(private current = Date.UTC(2025, 2, 14, 15, 9, 26)) {}

  now(): number {
    return this.current;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.current += Math.max(0, ms);
    await Promise.resolve();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
