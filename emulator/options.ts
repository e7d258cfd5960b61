import { z } from "zod";
import type { Runtime } from "./clock";
import { CredentialsFileSchema, DEFAULT_CREDENTIALS, mergeCredentials } from "./credentials";
import type { EmulatorCredentials } from "./credentials";
import type { ThrottleSettings } from "./server/throttle";
import type { ServiceModule } from "./types";

const ThrottleOptionsSchema = z
  .object({
    enabled: z.boolean().optional(),
    /** QPS per DataWorks level; defaults 50 / 20 / 5 (spec/dataworks.md §1.8). */
    dataworksQps: z
      .object({ 1: z.number().positive(), 2: z.number().positive(), 3: z.number().positive() })
      .partial()
      .optional(),
    /** Level-3 calls per day and access key; default 10,000 (spec/dataworks.md §1.8). */
    dataworksDailyCap: z.number().int().nonnegative().optional(),
    /** Calls per minute per Huawei action (`createCluster`: 5 …), overriding the routes' limits. */
    huawei: z.record(z.string(), z.number().positive()).optional(),
  })
  .strict();

/** The serialisable options of `startEmulator` (what the CLI and JSON callers can express). */
export const EmulatorOptionsSchema = z
  .object({
    /** 0 picks a free port. */
    port: z.number().int().min(0).max(65_535).default(0),
    host: z.string().min(1).default("127.0.0.1"),
    /** Persist the whole state to this JSON file and reload it at start. */
    stateFile: z.string().min(1).optional(),
    /** Emulator seconds per real second: simulated work of duration d takes d / timeScale. */
    timeScale: z.number().positive().default(1),
    /** Extends (or, with `mode: "replace"`, replaces) the default credentials. */
    credentials: CredentialsFileSchema.optional(),
    /** `false` turns throttling off; an object adjusts the limits. On by default. */
    throttle: z.union([z.boolean(), ThrottleOptionsSchema]).default(true),
    /** Switches for the open questions, handed to every service as `ctx.options`. */
    serviceOptions: z.record(z.string(), z.unknown()).default({}),
    /** Accepted distance between a signature's timestamp and the emulator clock (spec/signing.md §2.5, §4.4). */
    clockSkewMs: z.number().int().positive().default(15 * 60_000),
    /** How many entries `GET /__emulator/requests` keeps. */
    requestLogSize: z.number().int().positive().default(1_000),
    /** Coalesce state-file writes over this many real milliseconds; `close()` always flushes. */
    persistDebounceMs: z.number().int().nonnegative().default(20),
  })
  .strict();

export type EmulatorOptionsInput = z.input<typeof EmulatorOptionsSchema>;

/** Everything `startEmulator` accepts: the JSON options plus injectable code for tests. */
export interface StartEmulatorOptions extends EmulatorOptionsInput {
  /** The service modules to serve; default: the registry (DataWorks, CDM, DLI, IAM). */
  services?: readonly ServiceModule[];
  /** Real time, timers and randomness; default: the system's. */
  runtime?: Runtime;
}

export interface NormalisedOptions {
  readonly port: number;
  readonly host: string;
  readonly stateFile: string | undefined;
  readonly timeScale: number;
  readonly credentials: EmulatorCredentials;
  readonly throttle: ThrottleSettings;
  readonly serviceOptions: Readonly<Record<string, unknown>>;
  readonly clockSkewMs: number;
  readonly requestLogSize: number;
  readonly persistDebounceMs: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = {
  enabled: true,
  dataworksQps: { 1: 50, 2: 20, 3: 5 },
  dataworksDailyCap: 10_000,
  huaweiPerMinute: {},
};

/** Validates once and fills the documented defaults (house style §7.3 rule 4). */
export function normaliseOptions(input: EmulatorOptionsInput): NormalisedOptions {
  const options = EmulatorOptionsSchema.parse(input);
  const throttle = typeof options.throttle === "boolean" ? { enabled: options.throttle } : options.throttle;
  return {
    port: options.port,
    host: options.host,
    stateFile: options.stateFile,
    timeScale: options.timeScale,
    credentials: mergeCredentials(DEFAULT_CREDENTIALS, options.credentials),
    throttle: {
      enabled: throttle.enabled ?? true,
      dataworksQps: { ...DEFAULT_THROTTLE.dataworksQps, ...throttle.dataworksQps },
      dataworksDailyCap: throttle.dataworksDailyCap ?? DEFAULT_THROTTLE.dataworksDailyCap,
      huaweiPerMinute: throttle.huawei ?? {},
    },
    serviceOptions: options.serviceOptions,
    clockSkewMs: options.clockSkewMs,
    requestLogSize: options.requestLogSize,
    persistDebounceMs: options.persistDebounceMs,
  };
}
