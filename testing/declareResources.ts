import * as pulumi from "@pulumi/pulumi";
import { RESOURCE_DEFINITIONS } from "../resources/registry";
import type { DeclaredResource } from "./miniEngine";

const DYNAMIC_TYPE = /^pulumi-nodejs:dynamic\/([^:]+):(.+)$/;

/**
 * Runs a program's resource declarations under the SDK's runtime mocks and returns each resource as
 * the engine would receive it from `RegisterResource` (engine.md §3.1): its type token, its inputs
 * with the real serialized `__provider` text and secrets as envelopes, and the secret outputs the
 * resource class declares (mocks do not see resource options, so they come from the package's own
 * field policy). Feed the result to `MiniEngine.preview` / `up`.
 *
 * ```ts
 * const resources = await declareResources(() => [new dataworks.Folder("etl", { ... })]);
 * await engine.up(resources);
 * ```
 */
export async function declareResources(
  program: () => readonly pulumi.Resource[],
  options: { project?: string; stack?: string } = {},
): Promise<DeclaredResource[]> {
  const declared: DeclaredResource[] = [];
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        declared.push({
          name: args.name,
          type: args.type,
          inputs: args.inputs as Record<string, unknown>,
          secretOutputs: secretFieldsOf(args.type),
        });
        return { id: `${args.name}-id`, state: args.inputs };
      },
      call: () => {
        throw new Error("declareResources: the package's resources make no invokes");
      },
    },
    options.project ?? "test",
    options.stack ?? "dev",
    false,
  );
  const resources = program();
  await Promise.all(resources.map((r) => new Promise((resolve) => r.urn.apply(resolve))));
  return declared;
}

/** The fields a resource type keeps secret (policy `secret`, ARCHITECTURE decision 3). */
function secretFieldsOf(token: string): string[] {
  const match = DYNAMIC_TYPE.exec(token);
  const definition = match === null ? undefined : RESOURCE_DEFINITIONS[`${match[1]}:${match[2]}`];
  if (definition === undefined) return [];
  return Object.entries(definition.policy)
    .filter(([, kind]) => kind === "secret")
    .map(([key]) => key);
}
