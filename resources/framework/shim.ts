import type * as pulumi from "@pulumi/pulumi";

/**
 * The provider object Pulumi serializes into every resource's `__provider` (ARCHITECTURE decision 1).
 *
 * The serialized text holds the resource type name and one function. The SDK's provider host
 * deserializes it, caches it, and calls `configure` once before any other method
 * (`getProvider` in `@pulumi/pulumi/cmd/dynamic-provider`); `configure` then `require`s the
 * installed package and attaches the real `check`/`diff`/`create`/`read`/`update`/`delete`
 * synchronously, before the host can look them up. So the text stored in state is a few hundred
 * bytes, identical for every instance of a type and across package versions, captures no client,
 * schema or credential, and refresh/destroy run the code that is installed now rather than the code
 * of the last `up` (pulumi/pulumi#6238). One function instead of seven keeps it under the 1 KB
 * budget: the serializer wraps every function in ~170 bytes of scaffolding.
 */
const shims = new Map<string, pulumi.dynamic.ResourceProvider>();

export function shimFor(type: string): pulumi.dynamic.ResourceProvider {
  // One object per type: the SDK caches serializations per provider object.
  const cached = shims.get(type);
  if (cached !== undefined) return cached;
  const shim = {
    type,
    // The host loads this text with no file name, so a bare require would not see the package from
    // inside its own folder (self-reference needs a parent path): resolve from the program
    // directory, the host's working directory as the engine starts it (engine.md §2.2).
    configure(request: pulumi.dynamic.ConfigureRequest): Promise<void> {
      const load = require("module").createRequire(`${process.cwd()}/`);
      return load("pulumi-dataplatform/dynamic").attach(this, request);
    },
  };
  const provider = shim as unknown as pulumi.dynamic.ResourceProvider;
  shims.set(type, provider);
  return provider;
}
