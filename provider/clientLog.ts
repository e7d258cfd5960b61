import type { Cloud, ErrorCategory, ServiceName } from "./errors";

/**
 * What the client reports through `onLog`: retries, client-side throttle waits and IAM token
 * refreshes. Events carry names, codes and durations only; never credentials, signatures, tokens
 * or request bodies.
 */
interface EventBase {
  readonly cloud: Cloud;
  readonly service: ServiceName;
  readonly action: string;
  /** One human-readable line. */
  readonly message: string;
}

export interface RetryEvent extends EventBase {
  readonly kind: "retry";
  /** The attempt that failed (1-based). */
  readonly attempt: number;
  readonly delayMs: number;
  readonly code: string;
  readonly category: ErrorCategory;
}

export interface ThrottleWaitEvent extends EventBase {
  readonly kind: "throttleWait";
  readonly waitMs: number;
  /** e.g. `level 3` or `createCluster`, never the key (it names the access key). */
  readonly limit: string;
}

export interface TokenRefreshEvent extends EventBase {
  readonly kind: "tokenRefresh";
  readonly reason: "missing" | "expiring" | "rejected";
}

export type ClientLogEvent = RetryEvent | ThrottleWaitEvent | TokenRefreshEvent;
export type ClientLogger = (event: ClientLogEvent) => void;
