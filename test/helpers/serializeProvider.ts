import * as pulumi from "@pulumi/pulumi";

/**
 * Serializes a provider object exactly as `pulumi.dynamic.Resource` does before it registers the
 * `__provider` input (`serializeFunctionMaybeSecret` in @pulumi/pulumi/dynamic/index.js): a closure
 * named `provider` returned by an arrow function, with `allowSecrets: true`. Unlike the SDK it does
 * not cache per object, so a second call sees the package's modules as they are now.
 */
export async function serializeProvider(
  provider: pulumi.dynamic.ResourceProvider,
): Promise<{ text: string; containsSecrets: boolean }> {
  const serialized = await pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true });
  return { text: serialized.text, containsSecrets: serialized.containsSecrets };
}
