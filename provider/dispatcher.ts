/**
 * One undici dispatcher per process (ARCHITECTURE "provider/"): every client, whichever resource
 * built it, shares one connection pool per origin with keep-alive. Created on first use.
 */
import { Agent, type Dispatcher } from "undici";

/** Defaults of the shared dispatcher; per-request header/body timeouts come from client options. */
export const DISPATCHER_DEFAULTS = {
  /** Keep idle connections this long for the next call of the same `pulumi up`. */
  keepAliveTimeoutMs: 30_000,
  /** A connect that takes longer is abandoned; it is retried even for creates (nothing was sent). */
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 60_000,
  bodyTimeoutMs: 60_000,
  /** Connections per origin: well above the client-side rate limits (spec/dataworks.md §1.8). */
  connectionsPerOrigin: 16,
} as const;

let shared: Agent | undefined;

export function sharedDispatcher(): Dispatcher {
  shared ??= new Agent({
    keepAliveTimeout: DISPATCHER_DEFAULTS.keepAliveTimeoutMs,
    connectTimeout: DISPATCHER_DEFAULTS.connectTimeoutMs,
    headersTimeout: DISPATCHER_DEFAULTS.headersTimeoutMs,
    bodyTimeout: DISPATCHER_DEFAULTS.bodyTimeoutMs,
    connections: DISPATCHER_DEFAULTS.connectionsPerOrigin,
  });
  return shared;
}

/** Closes the shared dispatcher (end of a CLI run, tests); the next call creates a new one. */
export async function closeSharedDispatcher(): Promise<void> {
  const agent = shared;
  shared = undefined;
  await agent?.close();
}
