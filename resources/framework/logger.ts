import * as pulumi from "@pulumi/pulumi";

/** Where resources report what they do (adoption, retries, progress of long waits). */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * `pulumi.log` inside the provider host: with no engine connection it prints to the host's stdout,
 * which the CLI shows as diagnostics of the resource's step (engine.md §2.3 "Logging").
 */
export const pulumiLogger: Logger = {
  info: (message) => void pulumi.log.info(message),
  warn: (message) => void pulumi.log.warn(message),
};
