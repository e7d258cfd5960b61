/**
 * The contract between the emulator's server core (routing, auth, throttling, faults, persistence,
 * request log) and its service modules (one folder per service, one handler per wire action).
 *
 * Service state must be plain JSON (it is persisted with `--state FILE`). Asynchronous lifecycles are
 * modelled as timestamps in state, and a handler derives the current status from `ctx.now()` when it
 * is read, so an operation that was in progress when the emulator stopped finishes after a restart.
 */

import type { EmulatorCredentials } from "./credentials";

/** Raised by handlers; the core writes it in the cloud's error shape. */
export class EmulatorError extends Error {
  override readonly name = "EmulatorError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** A complete error body in the service's own shape (Huawei services); Alibaba bodies are built by the core. */
    readonly body?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export interface ServiceContext<S> {
  /** This service's slice of the persisted state; mutate it in place. */
  readonly state: S;
  /** The emulator clock in epoch milliseconds (scaled by `--time-scale`, moved by the control API). */
  now(): number;
  /** How fast simulated work completes: a duration `d` of service time takes `d / timeScale` of real time. */
  readonly timeScale: number;
  readonly requestId: string;
  /** A fresh random identifier (UUID v4). */
  newId(): string;
  /** Switches for the open questions the emulator had to decide (see the README's emulator section). */
  readonly options: Readonly<Record<string, unknown>>;
  /**
   * The key pairs, projects and IAM users the emulator accepts (read by the IAM service to check
   * passwords). Optional so that hand-built contexts in service unit tests stay valid.
   */
  readonly credentials?: Readonly<EmulatorCredentials>;
}

/** Alibaba RPC: one handler per `Action`. Parameters arrive flat (`Name.1`, `Name.N.Field`), as strings. */
export interface AlibabaAction<S> {
  /** Throttling level (spec/dataworks.md §1.8). */
  readonly level: 1 | 2 | 3;
  /** Returns the complete 200 response body; throws `EmulatorError` for failures. */
  handle(params: Readonly<Record<string, string>>, ctx: ServiceContext<S>): Record<string, unknown>;
}

export interface AlibabaService<S> {
  readonly kind: "alibaba";
  readonly name: "dataworks";
  readonly version: string;
  initialState(): S;
  readonly actions: Readonly<Record<string, AlibabaAction<S>>>;
  /** Parameter names whose values never reach the request log (passwords inside Content …). */
  readonly secretParams?: readonly string[];
}

export interface HuaweiRequest {
  readonly method: string;
  /** Values of the `{name}` placeholders of the route's path, already percent-decoded. */
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The parsed JSON body, or undefined when there was none. */
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
  /** Identity established by authentication. */
  readonly projectId: string;
  readonly accessKey: string | undefined;
}

export interface HuaweiResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface HuaweiRoute<S> {
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  /** e.g. `/v1.1/{project_id}/clusters/{cluster_id}`; `{project_id}` must match the caller's project. */
  readonly path: string;
  /** camelCase wire action, e.g. `showCluster`, used in the request log and for faults. */
  readonly action: string;
  handle(request: HuaweiRequest, ctx: ServiceContext<S>): HuaweiResponse;
  /**
   * Documented per-user limit of this API in calls per minute (spec/cdm.md §1.9); the core answers
   * 429 `APIG.0308` beyond it. Omitted: no limit. Overridable with the `throttle.huawei` option.
   */
  readonly rateLimitPerMinute?: number;
}

export interface HuaweiService<S> {
  readonly kind: "huawei";
  readonly name: "cdm" | "dli" | "iam";
  initialState(): S;
  readonly routes: readonly HuaweiRoute<S>[];
  /** Writes an error the core produced (auth, throttling, unknown route, fault) in this service's shape. */
  errorBody(status: number, code: string, message: string): Record<string, unknown>;
}

export type ServiceModule = AlibabaService<unknown> | HuaweiService<unknown>;
