/**
 * Builds a DLI resource path: `/{version}/{project_id}/…` (spec/dli.md §1.1). Queues, databases,
 * tables and jobs live under `v1.0`, scaling plans under `v1` (§3.0). `{project_id}` stays a
 * placeholder for the client; every other segment is percent-encoded.
 */
export function dliPath(version: "v1.0" | "v1", ...segments: readonly (string | number)[]): string {
  const encoded = segments.map((segment) => `/${encodeURIComponent(String(segment))}`).join("");
  return `/${version}/{project_id}${encoded}`;
}
