/**
 * Every failure the client reports is a `CloudError`: one class, a stable `category`, and the facts a
 * user needs to act (cloud, service, action, the service's code and message, HTTP status, request id).
 * Messages never contain credentials, signatures or tokens: they are built only from the fields below.
 */
export type Cloud = "alibaba" | "huawei";
export type ServiceName = "dataworks" | "cdm" | "dli" | "iam";

export const ERROR_CATEGORIES = [
  "throttling", // slow down and retry
  "transient", // 5xx, 408, connection refused: safe to retry idempotent calls
  "notFound", // the object does not exist (every shape of it, see ARCHITECTURE decision 5)
  "conflict", // the object exists already / is in use / is in the wrong state
  "invalid", // the request was rejected as malformed: fix the input
  "auth", // credentials, signature, clock skew, permission
  "ambiguous", // the request was sent and its outcome is unknown (timeout, reset after send)
  "fatal", // anything else, and daily caps that will not clear by retrying
] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

export interface CloudErrorFields {
  cloud: Cloud;
  service: ServiceName;
  /** The wire action, e.g. `CreateFile` or `createCluster`. */
  action: string;
  category: ErrorCategory;
  /** The service's error code (`Throttling.Api`, `Cdm.0100`, `DLI.0002` …) or a client code (`ECONNRESET`, `DecodeError`). */
  code: string;
  /** The service's own message, or a description of the client-side failure. */
  serviceMessage: string;
  httpStatus?: number;
  requestId?: string;
  /** Seconds the server asked us to wait (Retry-After), if any. */
  retryAfterSeconds?: number;
  cause?: unknown;
}

const BRAND = Symbol.for("pulumi-dataplatform.CloudError");

export class CloudError extends Error {
  override readonly name = "CloudError";
  readonly cloud: Cloud;
  readonly service: ServiceName;
  readonly action: string;
  readonly category: ErrorCategory;
  readonly code: string;
  readonly serviceMessage: string;
  readonly httpStatus: number | undefined;
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(fields: CloudErrorFields) {
    super(CloudError.format(fields), fields.cause === undefined ? undefined : { cause: fields.cause });
    this.cloud = fields.cloud;
    this.service = fields.service;
    this.action = fields.action;
    this.category = fields.category;
    this.code = fields.code;
    this.serviceMessage = fields.serviceMessage;
    this.httpStatus = fields.httpStatus;
    this.requestId = fields.requestId;
    this.retryAfterSeconds = fields.retryAfterSeconds;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** Works across duplicate copies of this module (undici's `Symbol.for` branding). */
  static is(value: unknown): value is CloudError {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  private static format(f: CloudErrorFields): string {
    const status = f.httpStatus === undefined ? "" : ` (HTTP ${f.httpStatus})`;
    const request = f.requestId === undefined ? "" : ` [request id ${f.requestId}]`;
    return `${f.service} ${f.action} failed${status}: ${f.code}: ${f.serviceMessage}${request}`;
  }
}

/** The configuration names no credential (raised before any request is sent). */
export class MissingCredentialsError extends Error {
  override readonly name = "MissingCredentialsError";
  readonly category: ErrorCategory = "auth";
  readonly code = "MissingCredentials";
  constructor(
    readonly cloud: Cloud,
    readonly missing: readonly string[],
    readonly configKeys: readonly string[],
    readonly environmentVariables: readonly string[],
  ) {
    super(
      `No ${cloud === "alibaba" ? "Alibaba Cloud" : "Huawei Cloud"} credentials: missing ${missing.join(", ")}. ` +
        `Set the stack config ${configKeys.map((k) => `\`${k}\``).join(", ")} ` +
        `(e.g. \`pulumi config set --secret ${configKeys[1] ?? configKeys[0]} …\`) ` +
        `or the environment variables ${environmentVariables.join(", ")}.`,
    );
  }
}

/** An async operation did not reach a final state before its deadline. */
export class PollTimeoutError extends Error {
  override readonly name = "PollTimeoutError";
  readonly category: ErrorCategory = "transient";
  readonly code = "PollTimeout";
  constructor(
    readonly what: string,
    readonly lastState: string | undefined,
    readonly elapsedMs: number,
  ) {
    super(
      `Timed out after ${Math.round(elapsedMs / 1000)} s waiting for ${what}; ` +
        `last observed state: ${lastState ?? "(none yet)"}`,
    );
  }
}

/** An async operation reached a state that will never turn into success. */
export class PollFailedError extends Error {
  override readonly name = "PollFailedError";
  readonly category: ErrorCategory = "fatal";
  readonly code = "PollFailed";
  constructor(
    readonly what: string,
    readonly state: string,
    readonly reason: string | undefined,
    readonly elapsedMs: number,
  ) {
    super(`${what} ended in state ${state}${reason ? `: ${reason}` : ""}`);
  }
}
