import { existsSync, readFileSync } from "node:fs";
import { open, rename } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";

/** The whole persisted emulator: every service's state and the clock offset, as plain JSON. */
export const PersistedStateSchema = z.object({
  format: z.literal("dataplatform-emulator-state"),
  version: z.literal(1),
  savedAt: z.string(),
  /** Emulator time minus real time when saved (see `EmulatorClock.persistedOffset`). */
  clockOffsetMs: z.number(),
  services: z.record(z.string(), z.unknown()),
});
export type PersistedState = z.infer<typeof PersistedStateSchema>;

export class StateFileError extends Error {
  override readonly name = "StateFileError";
  readonly code = "EMULATOR_BAD_STATE_FILE";
}

/** Reads a state file; undefined when it does not exist yet. A damaged file stops the start. */
export function readStateFile(path: string): PersistedState | undefined {
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new StateFileError(`state file ${path} is not JSON: ${(err as Error).message}`);
  }
  const parsed = PersistedStateSchema.safeParse(raw);
  if (!parsed.success) {
    throw new StateFileError(`state file ${path} is invalid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/**
 * Replaces `path` atomically: write a temporary file beside it, fsync it, rename it over the old one,
 * fsync the directory. A crash (even SIGKILL) at any point leaves either the old or the new file.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  const file = await open(temp, "w");
  try {
    await file.writeFile(text, "utf8");
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temp, path);
  const dir = await open(dirname(path), "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/**
 * Writes the state after mutations, coalescing bursts (`debounceMs`), one write at a time;
 * `flush()` writes whatever is pending and resolves when it is on disk (used on stop and before a
 * `resetAfter` fault drops the connection).
 */
export class StateFileWriter {
  private dirty = false;
  private scheduled = false;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly path: string,
    private readonly snapshot: () => PersistedState,
    private readonly delay: (ms: number) => Promise<void>,
    private readonly debounceMs: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  markDirty(): void {
    this.dirty = true;
    if (this.scheduled) return;
    this.scheduled = true;
    void this.delay(this.debounceMs).then(() => {
      this.scheduled = false;
      return this.flush().catch(this.onError);
    });
  }

  async flush(): Promise<void> {
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (!this.dirty) return;
      this.dirty = false;
      const text = JSON.stringify(this.snapshot());
      this.inFlight = writeFileAtomic(this.path, text).finally(() => {
        this.inFlight = undefined;
      });
    }
  }
}
