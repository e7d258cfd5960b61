import type { RequestLogEntry } from "./requestLog";

/** One HTTP request as the gateways see it: read once, body as the exact bytes received. */
export interface IncomingCall {
  readonly requestId: string;
  readonly method: string;
  /** The path as sent (still percent-encoded), without the query. */
  readonly path: string;
  /** The query string as sent, without `?`. */
  readonly rawQuery: string;
  readonly query: URLSearchParams;
  /** Lower-case names; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** What a gateway decided: an answer, or a dropped connection (a reset fault). */
export interface CallOutcome {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Destroy the socket instead of answering. Any state change the handler made is kept. */
  readonly reset?: boolean;
  readonly log: Pick<RequestLogEntry, "service" | "action" | "caller" | "parameters" | "errorCode" | "faults">;
}
