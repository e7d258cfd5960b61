/**
 * Everything `createClient` accepts, normalised once with documented defaults (docs/client.md).
 */
import type { Dispatcher } from "undici";
import { systemClock, systemNonce, systemRandom, type Clock, type NonceSource, type Random } from "./clock";
import type { ClientLogger } from "./clientLog";
import type { Environment } from "./credentials/environment";
import type { ProviderConfig } from "./credentials/providerConfig";
import { DISPATCHER_DEFAULTS, sharedDispatcher } from "./dispatcher";
import { IamTokenCache, sharedIamTokenCache } from "./huawei/iamTokenCache";
import type { DataWorksLevel } from "./operation";
import { normalizeRetryOptions, type NormalizedRetryOptions, type RetryOptions } from "./retry/retryOptions";
import {
  CDM_DEFAULT_PER_MINUTE,
  CDM_PER_MINUTE,
  DATAWORKS_LEVEL3_DAILY_CAP,
  DATAWORKS_LEVEL_QPS,
  DEFAULT_BURST,
  DLI_DEFAULT_PER_SECOND,
} from "./throttle/limits";
import { sharedThrottleRegistry, ThrottleRegistry } from "./throttle/throttleRegistry";

/** Alibaba signature: ACS3-HMAC-SHA256 (what today's SDKs send) or RPC v1 HMAC-SHA1 (spec/signing.md §3.1). */
export type AlibabaSignatureVersion = "acs3" | "v1";

export interface ThrottleOptions {
  /** Default true. False sends without client-side limits (the server's 429s are still retried). */
  readonly enabled?: boolean;
  /** Buckets to use; default: the process-wide registry (or a private one when `clock` is given). */
  readonly registry?: ThrottleRegistry;
  /** Tokens available at once per bucket; default 1 (evenly spaced calls). */
  readonly burst?: number;
  /** QPS per DataWorks level; default 50/20/5 (spec/dataworks.md §1.8). */
  readonly dataWorksQps?: Partial<Record<DataWorksLevel, number>>;
  /** Level-3 calls per day; default 10,000 (spec/dataworks.md §1.8). */
  readonly dataWorksDailyCap?: number;
  /** Calls per minute per CDM action, merged over the table of spec/cdm.md §1.9. */
  readonly cdmPerMinute?: Readonly<Record<string, number>>;
  /** Calls per minute for CDM actions not in the table; default 120. */
  readonly cdmDefaultPerMinute?: number;
  /** Calls per second per DLI action; default unlimited (spec/dli.md §1.9 states none). */
  readonly dliPerSecond?: number;
}

export interface TimeoutOptions {
  /** Waiting for response headers; default 60 s. */
  readonly headersMs?: number;
  /** Between body chunks; default 60 s. */
  readonly bodyMs?: number;
}

export interface ClientOptions {
  /** Values passed in by the resource layer (stack config); the environment fills the gaps. */
  readonly config?: ProviderConfig;
  /** Read at every call; default `process.env`. */
  readonly env?: Environment;
  readonly alibabaSignature?: AlibabaSignatureVersion;
  readonly retry?: RetryOptions;
  readonly throttle?: ThrottleOptions;
  readonly timeouts?: TimeoutOptions;
  readonly clock?: Clock;
  /** Jitter source; default Math.random. */
  readonly random?: Random;
  /** Alibaba nonce source; default crypto.randomUUID. */
  readonly nonce?: NonceSource;
  /** Default: the process-wide undici Agent. */
  readonly dispatcher?: Dispatcher;
  /** Default: the process-wide cache (or a private one when `clock` is given). */
  readonly tokenCache?: IamTokenCache;
  readonly onLog?: ClientLogger;
}

export interface NormalizedThrottle {
  readonly enabled: boolean;
  readonly registry: ThrottleRegistry;
  readonly burst: number;
  readonly dataWorksQps: Readonly<Record<DataWorksLevel, number>>;
  readonly dataWorksDailyCap: number;
  readonly cdmPerMinute: Readonly<Record<string, number>>;
  readonly cdmDefaultPerMinute: number;
  readonly dliPerSecond: number | undefined;
}

export interface ClientContext {
  readonly config: ProviderConfig | undefined;
  readonly env: () => Environment;
  readonly alibabaSignature: AlibabaSignatureVersion;
  readonly retry: NormalizedRetryOptions;
  readonly throttle: NormalizedThrottle;
  readonly headersTimeoutMs: number;
  readonly bodyTimeoutMs: number;
  readonly clock: Clock;
  readonly random: Random;
  readonly nonce: NonceSource;
  readonly dispatcher: () => Dispatcher;
  readonly tokenCache: IamTokenCache;
  readonly onLog: ClientLogger | undefined;
}

function rate(name: string, value: number | undefined, fallback: number): number;
function rate(name: string, value: number | undefined, fallback: number | undefined): number | undefined;
function rate(name: string, value: number | undefined, fallback: number | undefined): number | undefined {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number`);
  return value;
}

function normalizeThrottle(options: ThrottleOptions, ownClock: Clock | undefined): NormalizedThrottle {
  const qps = options.dataWorksQps ?? {};
  const cdm: Record<string, number> = { ...CDM_PER_MINUTE };
  for (const [action, count] of Object.entries(options.cdmPerMinute ?? {})) {
    cdm[action] = rate(`throttle.cdmPerMinute.${action}`, count, 1);
  }
  return {
    enabled: options.enabled ?? true,
    registry: options.registry ?? (ownClock ? new ThrottleRegistry(ownClock) : sharedThrottleRegistry()),
    burst: rate("throttle.burst", options.burst, DEFAULT_BURST),
    dataWorksQps: {
      1: rate("throttle.dataWorksQps.1", qps[1], DATAWORKS_LEVEL_QPS[1]),
      2: rate("throttle.dataWorksQps.2", qps[2], DATAWORKS_LEVEL_QPS[2]),
      3: rate("throttle.dataWorksQps.3", qps[3], DATAWORKS_LEVEL_QPS[3]),
    },
    dataWorksDailyCap: rate("throttle.dataWorksDailyCap", options.dataWorksDailyCap, DATAWORKS_LEVEL3_DAILY_CAP),
    cdmPerMinute: cdm,
    cdmDefaultPerMinute: rate("throttle.cdmDefaultPerMinute", options.cdmDefaultPerMinute, CDM_DEFAULT_PER_MINUTE),
    dliPerSecond: rate("throttle.dliPerSecond", options.dliPerSecond, DLI_DEFAULT_PER_SECOND),
  };
}

export function normalizeClientOptions(options: ClientOptions = {}): ClientContext {
  if (options.alibabaSignature !== undefined && !["acs3", "v1"].includes(options.alibabaSignature)) {
    throw new RangeError('alibabaSignature must be "acs3" or "v1"');
  }
  const clock = options.clock ?? systemClock;
  const ownClock = options.clock && options.clock !== systemClock ? options.clock : undefined;
  const dispatcher = options.dispatcher;
  return {
    config: options.config,
    env: () => options.env ?? process.env,
    alibabaSignature: options.alibabaSignature ?? "acs3",
    retry: normalizeRetryOptions(options.retry),
    throttle: normalizeThrottle(options.throttle ?? {}, ownClock),
    headersTimeoutMs: rate("timeouts.headersMs", options.timeouts?.headersMs, DISPATCHER_DEFAULTS.headersTimeoutMs),
    bodyTimeoutMs: rate("timeouts.bodyMs", options.timeouts?.bodyMs, DISPATCHER_DEFAULTS.bodyTimeoutMs),
    clock,
    random: options.random ?? systemRandom,
    nonce: options.nonce ?? systemNonce,
    // Created lazily: constructing a client opens nothing.
    dispatcher: () => dispatcher ?? sharedDispatcher(),
    tokenCache: options.tokenCache ?? (ownClock ? new IamTokenCache() : sharedIamTokenCache()),
    onLog: options.onLog,
  };
}
