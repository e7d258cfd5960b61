import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One canned answer. `destroy` reads the whole request, then destroys the socket without answering. */
export interface ScriptedResponse {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Objects are sent as JSON; strings as they are. */
  readonly body?: unknown;
  readonly destroy?: boolean;
}

export interface RecordedRequest {
  readonly method: string;
  /** Path plus query, as received. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** The client's port: equal for two requests that travelled on one kept-alive connection. */
  readonly remotePort: number | undefined;
}

/** A canned answer, or one computed from the request (e.g. to echo a header back). */
export type ScriptStep = ScriptedResponse | ((request: RecordedRequest) => ScriptedResponse);

export interface ScriptedServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** Appends answers to the queue used for requests no route claims. */
  enqueue(...responses: ScriptStep[]): void;
  /** Answers requests whose path starts with `prefix` from their own queue (e.g. `/v3/auth/tokens`). */
  route(prefix: string, ...responses: ScriptStep[]): void;
  close(): Promise<void>;
}

/**
 * A loopback HTTP server on 127.0.0.1 that answers from queues of canned responses and records every
 * request. An exhausted queue answers 599 so a test fails loudly instead of hanging.
 */
export async function startScriptedServer(
  responses: readonly ScriptStep[] = [],
  port = 0,
): Promise<ScriptedServer> {
  const queue: ScriptStep[] = [...responses];
  const routes = new Map<string, ScriptStep[]>();
  const requests: RecordedRequest[] = [];

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = req.url ?? "/";
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        remotePort: req.socket.remotePort,
      };
      requests.push(recorded);
      const routed = [...routes.entries()].find(([prefix]) => url.startsWith(prefix));
      const step = (routed ? routed[1] : queue).shift() ?? { status: 599, body: { error: "script exhausted" } };
      const next = typeof step === "function" ? step(recorded) : step;
      if (next.destroy) {
        req.socket.destroy();
        return;
      }
      const text = next.body === undefined ? "" : typeof next.body === "string" ? next.body : JSON.stringify(next.body);
      res.writeHead(next.status ?? 200, {
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(text)),
        ...next.headers,
      });
      res.end(text);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    requests,
    enqueue: (...more) => queue.push(...more),
    route: (prefix, ...more) => routes.set(prefix, [...(routes.get(prefix) ?? []), ...more]),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function freePort(): Promise<number> {
  const probe = await startScriptedServer();
  await probe.close();
  return probe.port;
}
