import * as pulumi from "@pulumi/pulumi";

/** What the engine receives when a program registers a resource (`RegisterResource`). */
export interface Registration {
  readonly type: string;
  readonly name: string;
  readonly inputs: Record<string, unknown>;
}

/**
 * Runs `declare` under the SDK's runtime mocks and returns every registration, exactly as the engine
 * would receive it: `inputs.__provider` is the serialized provider text (engine.md §3.1).
 */
export async function captureRegistrations(declare: () => pulumi.Resource[]): Promise<Registration[]> {
  const registrations: Registration[] = [];
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        registrations.push({ type: args.type, name: args.name, inputs: args.inputs as Record<string, unknown> });
        return { id: `${args.name}-id`, state: args.inputs };
      },
      call: () => {
        throw new Error("no invokes expected");
      },
    },
    "test",
    "dev",
    false,
  );
  const resources = declare();
  await Promise.all(resources.map((r) => new Promise((resolve) => r.urn.apply(resolve))));
  return registrations;
}
