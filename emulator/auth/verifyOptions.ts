/** Clock-skew window of every scheme: ±15 minutes (spec/signing.md §5 #10 [convention], configurable). */
export const DEFAULT_MAX_SKEW_MS = 15 * 60_000;

export interface VerifyOptions {
  /** Largest accepted distance between the request's timestamp and the emulator clock (default 15 min). */
  maxSkewMs?: number;
}
