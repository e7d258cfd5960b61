import type * as pulumi from "@pulumi/pulumi";
import type { DeclaredResource } from "../../testing/miniEngine";
import { captureRegistrations } from "./registrations";

/**
 * Runs a tiny program (resource constructors) under the SDK's mocks and returns what the engine
 * would get for each resource: the type token, the inputs with the real serialized `__provider`
 * and secret envelopes, and the declared secret outputs.
 */
export async function declareResources(
  program: () => pulumi.Resource[],
  secretOutputs: readonly string[] = [],
): Promise<DeclaredResource[]> {
  const registrations = await captureRegistrations(program);
  return registrations.map((r) => ({ name: r.name, type: r.type, inputs: r.inputs, secretOutputs }));
}
