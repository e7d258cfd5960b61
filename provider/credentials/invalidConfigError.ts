import type { ErrorCategory } from "../errors";

/** Raised before any request when the provider configuration (or an environment variable) is malformed. */
export class InvalidConfigError extends Error {
  override readonly name = "InvalidConfigError";
  readonly category: ErrorCategory = "invalid";
  readonly code = "InvalidConfig";
  /** Names only (config keys or variable names), never the offending values: they may be secrets. */
  constructor(readonly problems: readonly string[]) {
    super(`Invalid provider configuration: ${problems.join("; ")}`);
  }
}
