/**
 * The category of a failure from provider/ (CloudError, MissingCredentialsError, PollTimeoutError …
 * all carry one). Read structurally so that errors from another copy of the client (a second
 * installed version of the package) are classified too.
 */
export type FailureCategory =
  | "throttling"
  | "transient"
  | "notFound"
  | "conflict"
  | "invalid"
  | "auth"
  | "ambiguous"
  | "fatal";

export function errorCategory(error: unknown): FailureCategory | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const category = (error as { category?: unknown }).category;
  return typeof category === "string" ? (category as FailureCategory) : undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
