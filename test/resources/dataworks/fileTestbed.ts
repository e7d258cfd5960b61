import { startEmulator, type RunningEmulator, type StartEmulatorOptions } from "../../../emulator";
import { createBusiness, type CloudClient } from "../../../provider";
import { fileDefinition } from "../../../resources/dataworks/file";
import { dataWorksClient } from "../../../resources/dataworks/dataWorksClient";
import { createProvider } from "../../../resources/framework/createProvider";
import type { ProviderSettings } from "../../../resources/framework/providerSettings";
import { FakeClock } from "../../helpers/fakeClock";

/** The seeded workspaces of the emulator (spec/dataworks.md §3.6.1). */
export const STANDARD = { projectId: 10000, identifier: "dp_demo" } as const;
export const SIMPLE = { projectId: 10001, identifier: "dp_simple" } as const;

/** Parameters every signed Alibaba request carries besides the action's own (spec/signing.md §2). */
const COMMON_PARAMS = new Set([
  "Action",
  "Version",
  "Format",
  "AccessKeyId",
  "SignatureMethod",
  "SignatureVersion",
  "SignatureNonce",
  "Timestamp",
  "Signature",
  "SecurityToken",
  "RegionId",
]);

/**
 * A fake clock whose sleeps also move the emulator's clock: a poller's wait lets the emulator's
 * deployments progress exactly as far as the wait, with no real time passing.
 */
class LinkedClock extends FakeClock {
  constructor(private readonly emulator: RunningEmulator) {
    super(emulator.now());
  }

  override async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.emulator.advanceClock(ms);
    await super.sleep(ms, signal);
  }
}

export interface FileTestbed {
  readonly emulator: RunningEmulator;
  readonly clock: FakeClock;
  /** Every line the provider logged (`info: …`, `warn: …`). */
  readonly lines: string[];
  readonly provider: ReturnType<typeof createProvider>;
  /** A second client, standing for a person working in the DataWorks console. */
  readonly consoleUser: CloudClient;
  /** DataWorks actions the emulator received, oldest first. */
  actions(): string[];
  /** The action's own parameters (common ones removed) of each logged call of `action`. */
  paramsOf(action: string): Record<string, unknown>[];
  clearLog(): void;
  close(): Promise<void>;
}

/**
 * The File provider (the real createProvider over the real definition) against a real emulator on
 * port 0, with client-side throttling off and every wait on a fake clock linked to the emulator.
 */
export async function startFileTestbed(options: StartEmulatorOptions = {}): Promise<FileTestbed> {
  const emulator = await startEmulator({ port: 0, throttle: false, ...options });
  const clock = new LinkedClock(emulator);
  const key = emulator.credentials.alibaba[0]!;
  const settings: ProviderSettings = {
    config: {
      endpoint: emulator.url,
      alibabaAccessKeyId: key.accessKeyId,
      alibabaAccessKeySecret: key.accessKeySecret,
    },
    env: {},
  };
  const connect = (s: ProviderSettings) =>
    dataWorksClient(s, { clock, throttle: { enabled: false } });
  const lines: string[] = [];
  const provider = createProvider(
    { ...fileDefinition, connect },
    {
      settings: () => settings,
      log: { info: (m) => lines.push(`info: ${m}`), warn: (m) => lines.push(`warn: ${m}`) },
      clock,
    },
  );
  const consoleUser = connect(settings);
  // File paths must name an existing business flow (spec §2.5, emulator option requireBusinessForPaths).
  for (const projectId of [STANDARD.projectId, SIMPLE.projectId]) {
    await createBusiness(consoleUser, { projectId, businessName: "etl" });
  }
  emulator.clearRequests();
  const logged = () => emulator.requests({ service: "dataworks" });
  return {
    emulator,
    clock,
    lines,
    provider,
    consoleUser,
    actions: () => logged().map((entry) => entry.action),
    paramsOf: (action) =>
      logged()
        .filter((entry) => entry.action === action)
        .map((entry) =>
          Object.fromEntries(
            Object.entries(entry.parameters as Record<string, unknown>).filter(
              ([name]) => !COMMON_PARAMS.has(name),
            ),
          ),
        ),
    clearLog: () => emulator.clearRequests(),
    close: () => emulator.close(),
  };
}

/** Inputs of a minimal file in the `etl` business flow, as the program would declare them. */
export function fileInputs(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    projectId: STANDARD.projectId,
    folderPath: "业务流程/etl/MaxCompute/ods",
    fileName: "ods_user_info_d",
    fileType: 10,
    content: "SELECT 1;",
    cronExpress: "00 30 05 * * ?",
    ...overrides,
  };
}
