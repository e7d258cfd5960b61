/**
 * The module the serialized provider `require`s (`pulumi-dataplatform/dynamic`, ARCHITECTURE
 * decision 1). It runs inside the SDK's provider host, in the program's directory, so it is always
 * the *installed* version of the package that handles a call, whatever version wrote the state.
 */
import type * as pulumi from "@pulumi/pulumi";
import { systemClock } from "../../provider";
import { RESOURCE_DEFINITIONS } from "../registry";
import { createProvider } from "./createProvider";
import { pulumiLogger } from "./logger";
import { settingsFromConfigure, type ProviderSettings } from "./providerSettings";
import { UnknownResourceTypeError } from "./unknownResourceTypeError";

type Provider = ReturnType<typeof createProvider>;

let settings: ProviderSettings = { config: {}, env: process.env };
const providers = new Map<string, Provider>();

/** Keeps the stack config for every later call; credentials stay in this process only. */
export function configure(request: pulumi.dynamic.ConfigureRequest): void {
  settings = settingsFromConfigure(request, process.env);
}

/** The full provider of one resource type (created once per process). */
export function providerFor(type: string): Provider {
  let provider = providers.get(type);
  if (provider === undefined) {
    const definition = RESOURCE_DEFINITIONS[type];
    if (definition === undefined) throw new UnknownResourceTypeError(type, Object.keys(RESOURCE_DEFINITIONS));
    provider = createProvider(definition, { settings: () => settings, log: pulumiLogger, clock: systemClock });
    providers.set(type, provider);
  }
  return provider;
}

/**
 * Called by the shim's `configure`: stores the config and puts the real methods on the shim object.
 * Synchronous up to its return, so the methods are there before the host looks them up, even for
 * calls that arrive while `configure` is still being awaited.
 */
export function attach(shim: { type: string }, request: pulumi.dynamic.ConfigureRequest): Promise<void> {
  configure(request);
  Object.assign(shim, providerFor(shim.type));
  return Promise.resolve();
}
