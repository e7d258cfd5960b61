/**
 * Builds a CDM resource path. Every CDM path starts with `/v1.1/{project_id}/clusters`
 * (spec/cdm.md §1.2); `{project_id}` stays a placeholder for the client, and every user-chosen
 * segment (cluster id, link name, job name) is percent-encoded (spec/cdm.md §1.2, "Path-segment encoding").
 */
export function cdmPath(...segments: readonly string[]): string {
  const encoded = segments.map((segment) => `/${encodeURIComponent(segment)}`).join("");
  return `/v1.1/{project_id}/clusters${encoded}`;
}
