import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One stored probe, as the server keeps it. */
export interface ProbeObject {
  id: string;
  name: string;
  region: string;
  size: number;
  color?: string;
  note?: string;
  token?: string;
  status: "creating" | "ready" | "failed";
  version: number;
  /** GETs left before a creating probe becomes ready. */
  readsUntilReady: number;
}

export interface ProbeFaults {
  /** GETs of a new or updated probe before it reports ready (default 1). */
  readsUntilReady?: number;
  /** New probes end in `failed` instead of `ready`. */
  failReady?: boolean;
  /** The next POST creates the probe, then the connection is destroyed before the answer. */
  resetAfterCreate?: boolean;
}

/**
 * The probe API on 127.0.0.1:0 (the counterpart of resources/probe/probeApi.ts): bearer-token auth,
 * a request log, the state, and faults. Write-only fields are masked in answers, as clouds do.
 */
export interface ProbeServer {
  readonly url: string;
  readonly token: string;
  readonly requests: string[];
  /** The JSON body of each request, in the same order (undefined when there was none). */
  readonly bodies: unknown[];
  readonly objects: Map<string, ProbeObject>;
  faults: ProbeFaults;
  close(): Promise<void>;
}

export async function startProbeServer(token = "probe-token-e2e-SECRET"): Promise<ProbeServer> {
  const objects = new Map<string, ProbeObject>();
  const requests: string[] = [];
  const bodies: unknown[] = [];
  let nextId = 1;
  const state = { faults: {} as ProbeFaults };

  const view = (o: ProbeObject) => ({
    id: o.id,
    name: o.name,
    region: o.region,
    size: o.size,
    ...(o.color === undefined ? {} : { color: o.color }),
    ...(o.note === undefined ? {} : { note: "***" }),
    ...(o.token === undefined ? {} : { token: "***" }),
    status: o.status,
    version: o.version,
  });
  const send = (res: ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(body === undefined ? "" : JSON.stringify(body));
  };
  const settle = (o: ProbeObject) => {
    if (o.status !== "creating") return;
    if (o.readsUntilReady > 0) o.readsUntilReady -= 1;
    if (o.readsUntilReady === 0) o.status = state.faults.failReady ? "failed" : "ready";
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://probe");
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as Partial<ProbeObject>) : {};
    bodies.push(chunks.length ? body : undefined);
    if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: "bad token" });
    const id = url.pathname.startsWith("/probes/") ? decodeURIComponent(url.pathname.slice(8)) : undefined;
    const found = id === undefined ? undefined : objects.get(id);

    if (req.method === "POST" && url.pathname === "/probes") {
      const name = String(body.name);
      const region = String(body.region);
      if ([...objects.values()].some((o) => o.name === name && o.region === region)) {
        return send(res, 409, { error: `probe ${name} exists` });
      }
      const probe: ProbeObject = {
        id: `p-${nextId++}`,
        name,
        region,
        size: Number(body.size ?? 1),
        ...(body.color === undefined ? {} : { color: body.color }),
        ...(body.note === undefined ? {} : { note: body.note }),
        ...(body.token === undefined ? {} : { token: body.token }),
        status: "creating",
        version: 1,
        readsUntilReady: state.faults.readsUntilReady ?? 1,
      };
      objects.set(probe.id, probe);
      if (state.faults.resetAfterCreate) {
        state.faults.resetAfterCreate = false;
        req.socket.destroy();
        return;
      }
      return send(res, 201, view(probe));
    }
    if (req.method === "GET" && url.pathname === "/probes") {
      const items = [...objects.values()].filter(
        (o) => o.name === url.searchParams.get("name") && o.region === url.searchParams.get("region"),
      );
      return send(res, 200, { items: items.map(view) });
    }
    if (found === undefined) return send(res, 404, { error: "no such probe" });
    if (req.method === "GET") {
      settle(found);
      return send(res, 200, view(found));
    }
    if (req.method === "PATCH") {
      for (const key of ["size", "color", "note", "token"] as const) {
        if (key in body) (found as unknown as Record<string, unknown>)[key] = body[key];
      }
      found.version += 1;
      return send(res, 200, view(found));
    }
    if (req.method === "DELETE") {
      objects.delete(found.id);
      return send(res, 204);
    }
    return send(res, 405, { error: "method not allowed" });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    requests,
    bodies,
    objects,
    get faults() {
      return state.faults;
    },
    set faults(value: ProbeFaults) {
      state.faults = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
