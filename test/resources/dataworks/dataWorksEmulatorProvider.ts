import { startEmulator, type RunningEmulator, type StartEmulatorOptions } from "../../../emulator";
import { createClient, type OperationSender } from "../../../provider";
import { createProvider } from "../../../resources/framework/createProvider";
import type { AnyResourceDefinition } from "../../../resources/framework/resourceDefinition";
import { FakeClock } from "../../helpers/fakeClock";

/** The standard-mode workspace the emulator seeds (emulator/services/dataworks/constants.ts). */
export const WORKSPACE = 10000;

/**
 * One resource's provider (createProvider, as the dispatcher builds it) against a real emulator on
 * 127.0.0.1:0 with its throttling off, plus a second client that plays the console user who edits
 * objects behind the program's back.
 */
export interface EmulatorProvider {
  readonly emulator: RunningEmulator;
  readonly provider: ReturnType<typeof createProvider>;
  /** Lines the provider logged (`info: …`, `warn: …`). */
  readonly lines: string[];
  readonly console: OperationSender;
  /** The wire actions the emulator served since the last `clearRequests()`. */
  actions(): string[];
  close(): Promise<void>;
}

/** The `dataplatform:*` stack config (namespace stripped) for an emulator. */
export function emulatorConfig(emulator: RunningEmulator): Record<string, string> {
  const key = emulator.credentials.alibaba[0]!;
  return {
    endpoint: emulator.url,
    alibabaAccessKeyId: key.accessKeyId,
    alibabaAccessKeySecret: key.accessKeySecret,
    alibabaRegion: "cn-hangzhou",
  };
}

export async function startEmulatorProvider(
  definition: AnyResourceDefinition,
  options: StartEmulatorOptions = {},
): Promise<EmulatorProvider> {
  const emulator = await startEmulator({ port: 0, throttle: false, ...options });
  const config = emulatorConfig(emulator);
  const lines: string[] = [];
  const provider = createProvider(definition, {
    settings: () => ({ config, env: {} }),
    log: { info: (m) => lines.push(`info: ${m}`), warn: (m) => lines.push(`warn: ${m}`) },
    clock: new FakeClock(),
  });
  return {
    emulator,
    provider,
    lines,
    console: createClient({ config, env: {} }),
    actions: () => emulator.requests({ service: "dataworks" }).map((entry) => entry.action),
    close: () => emulator.close(),
  };
}
