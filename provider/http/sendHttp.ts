import type { Dispatcher } from "undici";
import type { HttpRequest, HttpResponse, TransportFailure } from "./httpExchange";
import { toTransportFailure } from "./transportFailure";

export interface SendHttpOptions {
  readonly dispatcher: Dispatcher;
  readonly headersTimeoutMs: number;
  readonly bodyTimeoutMs: number;
}

export type SendHttpResult =
  | { readonly ok: true; readonly response: HttpResponse }
  | { readonly ok: false; readonly failure: TransportFailure };

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

/** Sends exactly what was signed and reads the whole answer; never throws. */
export async function sendHttp(request: HttpRequest, options: SendHttpOptions): Promise<SendHttpResult> {
  try {
    const answer = await options.dispatcher.request({
      origin: request.origin,
      path: request.path,
      method: request.method as Dispatcher.HttpMethod,
      headers: request.headers,
      body: request.body,
      headersTimeout: options.headersTimeoutMs,
      bodyTimeout: options.bodyTimeoutMs,
    });
    const text = await answer.body.text();
    return {
      ok: true,
      response: { status: answer.statusCode, headers: flattenHeaders(answer.headers), text },
    };
  } catch (error) {
    return { ok: false, failure: toTransportFailure(error) };
  }
}
