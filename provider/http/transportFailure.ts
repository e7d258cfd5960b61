import type { TransportFailure } from "./httpExchange";

/** Failures that happen while connecting, before the request is written (Node `net`, undici). */
const BEFORE_SEND = new Set([
  "ECONNREFUSED",
  "UND_ERR_CONNECT_TIMEOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
  "EAI_AGAIN",
  "ENOTFOUND",
]);

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused",
  UND_ERR_CONNECT_TIMEOUT: "timed out while connecting",
  ENOTFOUND: "host name not found",
  EAI_AGAIN: "temporary DNS failure",
  ECONNRESET: "connection reset after the request was sent",
  EPIPE: "connection closed while the request was being sent",
  UND_ERR_SOCKET: "connection closed by the server before it answered",
  UND_ERR_HEADERS_TIMEOUT: "timed out waiting for the response headers",
  UND_ERR_BODY_TIMEOUT: "timed out reading the response body",
};

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === "string") return own;
  return errorCode((error as { cause?: unknown }).cause);
}

/**
 * Describes an exception thrown by the HTTP layer. Only the code and a fixed description are kept
 * for messages: undici's own texts can name the URL, and a v1-signed URL carries the signature.
 */
export function toTransportFailure(error: unknown): TransportFailure {
  const code = errorCode(error) ?? "ETRANSPORT";
  return {
    code,
    description: DESCRIPTIONS[code] ?? "the request failed at the transport level",
    sent: !BEFORE_SEND.has(code),
    cause: error,
  };
}

/** DNS says the host does not exist: retrying will not help (wrong region or endpoint). */
export function isPermanentTransportFailure(failure: TransportFailure): boolean {
  return failure.code === "ENOTFOUND";
}
