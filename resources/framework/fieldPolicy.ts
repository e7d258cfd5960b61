/**
 * How a change to one input field is carried out (ARCHITECTURE "resources/"):
 * - `update`: changed in place by the update step;
 * - `replace`: a change creates a new object (the old one is deleted);
 * - `writeOnly`: changed in place, but the service never returns it (or masks it), so it is never
 *   compared with what the service reports: the configured value is kept in the outputs;
 * - `secret`: a write-only field that is also a secret (top-level secret input, listed in
 *   `additionalSecretOutputs`, never logged; ARCHITECTURE decision 3).
 * `computed` names outputs the service assigns; they are never inputs and never cause a diff.
 */
export type FieldPolicyKind = "update" | "replace" | "writeOnly" | "secret";

export type FieldPolicy<Inputs> = { readonly [K in keyof Inputs]-?: FieldPolicyKind };

/** Fields whose live value cannot be read back from the service. */
export function isWriteOnly(kind: FieldPolicyKind | undefined): boolean {
  return kind === "writeOnly" || kind === "secret";
}
