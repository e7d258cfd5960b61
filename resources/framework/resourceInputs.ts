import * as pulumi from "@pulumi/pulumi";

/**
 * The props a resource class registers: the program's args with secret fields wrapped as secrets
 * (ARCHITECTURE decision 3), and every computed output present as `undefined` so the engine knows
 * to expect it.
 */
export function resourceInputs(
  args: object,
  secrets: readonly string[],
  computed: readonly string[],
): pulumi.Inputs {
  const props: pulumi.Inputs = {};
  for (const [key, value] of Object.entries(args)) {
    props[key] = secrets.includes(key) && value !== undefined ? pulumi.secret(value) : value;
  }
  for (const key of computed) props[key] = undefined;
  return props;
}

/** Secret inputs stay secret in the outputs too, whatever the engine infers by name. */
export function secretOutputOptions(
  opts: pulumi.CustomResourceOptions | undefined,
  secrets: readonly string[],
): pulumi.CustomResourceOptions {
  return pulumi.mergeOptions(opts, { additionalSecretOutputs: [...secrets] });
}
