import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { AlibabaService, HuaweiService } from "../types";
import { alibabaErrorResponse, handleAlibaba } from "./alibabaGateway";
import { handleControl } from "./controlApi";
import type { EmulatorCore } from "./emulatorCore";
import { ALIBABA, GatewayError, HUAWEI } from "./gatewayErrors";
import { HuaweiGateway, huaweiErrorResponse } from "./huaweiGateway";
import type { CallOutcome, IncomingCall } from "./incomingCall";
import { BodyTooLargeError, readBody } from "./readBody";
import { respondJson } from "./respond";
import { classifyRequest, type RequestTarget } from "./router";

/** spec/cdm.md §1.7, spec/dli.md §1.4.2: AK/SK-signed bodies are limited to 12 MB. */
export const HUAWEI_SIGNED_BODY_LIMIT = 12 * 1024 * 1024;
/** Any other body (token-authenticated, DataWorks forms): a bound so one request cannot exhaust memory. */
export const MAX_BODY = 64 * 1024 * 1024;

/** The `node:http` server: one port for every service; reads, classifies, dispatches, logs. */
export class EmulatorServer {
  private readonly server: Server;
  private readonly huawei: HuaweiGateway;

  constructor(private readonly core: EmulatorCore) {
    this.huawei = new HuaweiGateway(core);
    this.server = createServer((req, res) => {
      this.onRequest(req, res).catch((err: unknown) => {
        // Last resort: onRequest already answers every failure it can name.
        console.error("emulator: request failed", err);
        if (!res.headersSent) respondJson(res, 500, { error: "InternalError" });
        else res.destroy();
      });
    });
    // Clients keep connections alive between calls (undici does); a long idle wait is harmless here.
    this.server.keepAliveTimeout = 65_000;
  }

  listen(port: number, host: string): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => {
        this.server.off("error", reject);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  /** Stops accepting, lets answers in progress finish, then drops idle keep-alive connections. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    const forced = this.core.runtime.delay(2_000).then(() => this.server.closeAllConnections());
    await Promise.race([closed, forced]);
    await closed;
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const core = this.core;
    const requestId = core.runtime.uuid().toUpperCase();
    const url = req.url ?? "/";
    const queryAt = url.indexOf("?");
    const path = queryAt < 0 ? url : url.slice(0, queryAt);
    const rawQuery = queryAt < 0 ? "" : url.slice(queryAt + 1);
    const query = new URLSearchParams(rawQuery);
    const headers = normaliseHeaders(req);
    const target = classifyRequest(path, query, req.headers);
    const method = (req.method ?? "GET").toUpperCase();

    const limit =
      target.kind === "huawei" && headers["authorization"] !== undefined
        ? HUAWEI_SIGNED_BODY_LIMIT
        : MAX_BODY;
    let body: Buffer;
    try {
      body = await readBody(req, limit);
    } catch (err) {
      if (!(err instanceof BodyTooLargeError)) throw err;
      const call: IncomingCall = { requestId, method, path, rawQuery, query, headers, body: Buffer.alloc(0) };
      const outcome = this.tooLarge(target, call, err.limit);
      this.finish(req, res, call, outcome);
      return;
    }

    if (target.kind === "control") {
      const answer = await handleControl(core, method, target.path, query, body);
      respondJson(res, answer.status, answer.body);
      return;
    }
    const call: IncomingCall = { requestId, method, path, rawQuery, query, headers, body };
    let outcome: CallOutcome;
    try {
      outcome = await this.dispatch(target, call);
    } catch (err) {
      console.error(`emulator: handler failed for ${method} ${path}`, err);
      outcome = this.internalError(target, call);
    }
    this.finish(req, res, call, outcome);
  }

  private async dispatch(target: RequestTarget, call: IncomingCall): Promise<CallOutcome> {
    if (target.kind === "alibaba") {
      const service = this.core.service("dataworks");
      if (service?.kind === "alibaba") {
        return handleAlibaba(this.core, service as AlibabaService<unknown>, call);
      }
    }
    if (target.kind === "huawei") {
      const service = this.core.service(target.service);
      if (service?.kind === "huawei") return this.huawei.handle(service as HuaweiService<unknown>, call);
    }
    return this.unknown(call);
  }

  /** No service has this shape: a loud 501 readable by both clouds' error parsers. */
  private unknown(call: IncomingCall): CallOutcome {
    const err = HUAWEI.noSuchApi(call.method, call.path);
    return {
      status: 501,
      body: {
        error_code: err.code,
        error_msg: err.message,
        RequestId: call.requestId,
        Code: err.code,
        Message: err.message,
      },
      log: { service: "unknown", action: `${call.method} ${call.path}`, parameters: {}, errorCode: err.code },
    };
  }

  private tooLarge(target: RequestTarget, call: IncomingCall, limit: number): CallOutcome {
    return this.errorOutcome(target, call, target.kind === "alibaba" ? ALIBABA.tooLarge(limit) : HUAWEI.tooLarge(limit));
  }

  private internalError(target: RequestTarget, call: IncomingCall): CallOutcome {
    return this.errorOutcome(target, call, target.kind === "alibaba" ? ALIBABA.internal() : HUAWEI.internal());
  }

  private errorOutcome(target: RequestTarget, call: IncomingCall, err: GatewayError): CallOutcome {
    const log = {
      service: target.kind === "huawei" ? target.service : target.kind === "alibaba" ? "dataworks" : "unknown",
      action: `${call.method} ${call.path}`,
      parameters: {},
      errorCode: err.code,
    };
    if (target.kind === "huawei") {
      const service = this.core.service(target.service);
      if (service?.kind === "huawei") {
        return { ...huaweiErrorResponse(err, service as HuaweiService<unknown>, call), log };
      }
    }
    return { ...alibabaErrorResponse(err, call), log };
  }

  private finish(
    req: IncomingMessage,
    res: ServerResponse,
    call: IncomingCall,
    outcome: CallOutcome,
  ): void {
    this.core.log.add({
      time: new Date(this.core.clock.now()).toISOString(),
      requestId: call.requestId,
      method: call.method,
      path: call.path,
      ...outcome.log,
      status: outcome.status,
    });
    if (outcome.reset) {
      // A reset fault: the peer sees the connection drop without a response.
      req.socket.resetAndDestroy();
      return;
    }
    respondJson(res, outcome.status, outcome.body, outcome.headers);
  }
}

function normaliseHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}
