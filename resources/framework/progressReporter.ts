import type { Logger } from "./logger";

/**
 * A poller reports every observation; the user sees a line when the state changes and otherwise at
 * least every 30 s (ARCHITECTURE decision 10). The threshold is below 30 s so that a line is due at
 * the first observation after it, even with a poll interval of a few seconds.
 */
export const PROGRESS_INTERVAL_MS = 25_000;

export type ProgressCallback = (state: string, elapsedMs: number) => void;

export function progressReporter(log: Logger, what: string): ProgressCallback {
  let lastState: string | undefined;
  let lastLineAt: number | undefined;
  return (state, elapsedMs) => {
    const due = lastLineAt === undefined || elapsedMs - lastLineAt >= PROGRESS_INTERVAL_MS;
    if (state === lastState && !due) return;
    lastState = state;
    lastLineAt = elapsedMs;
    log.info(`${what}: ${state} (${Math.round(elapsedMs / 1000)} s elapsed)`);
  };
}
