/** One wire request as signed, and the answer as received (headers lower-cased, body as text). */
export interface HttpRequest {
  /** `scheme://host[:port]`. */
  readonly origin: string;
  readonly method: string;
  /** Path plus `?query`, already encoded. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

/**
 * The request could not be completed at the transport level. `sent` says whether any byte of the
 * request may have reached the server: a refused or timed-out *connect* proves it did not, so even
 * a create may be sent again; a reset or a timeout after that point leaves the outcome unknown.
 */
export interface TransportFailure {
  readonly code: string;
  readonly description: string;
  readonly sent: boolean;
  readonly cause: unknown;
}
