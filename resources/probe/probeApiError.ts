import type { FailureCategory } from "../framework/errorCategory";

/** A failure of the probe API, classified like the cloud clients' errors. */
export class ProbeApiError extends Error {
  override readonly name = "ProbeApiError";
  constructor(
    readonly category: FailureCategory,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
