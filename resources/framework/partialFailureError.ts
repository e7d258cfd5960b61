/**
 * The object exists but a later step (submit, deploy, wait) failed or timed out (ARCHITECTURE
 * decision 8). The SDK's provider host packs an error carrying `id`, `properties` and `reasons` as
 * `pulumirpc.ErrorResourceInitFailed` (`grpcResponseFromError` in
 * `@pulumi/pulumi/cmd/dynamic-provider`), so the engine keeps the object in state with these
 * properties instead of forgetting it, and the next `up` resumes with an update.
 */
export class PartialFailureError extends Error {
  override readonly name = "PartialFailureError";
  readonly code = "PartialFailure";
  constructor(
    readonly id: string,
    readonly properties: Record<string, unknown>,
    readonly reasons: string[],
  ) {
    super(
      `${reasons.join("; ")}. The object ${id} exists and stays in the stack's state; ` +
        `run \`pulumi up\` again to resume.`,
    );
  }
}
