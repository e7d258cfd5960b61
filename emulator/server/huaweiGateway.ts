import { IAM_ANONYMOUS_ACTIONS } from "../services/iam";
import type { HuaweiService } from "../types";
import { EmulatorError } from "../types";
import { authenticateHuawei } from "./authenticate";
import type { EmulatorCore } from "./emulatorCore";
import { faultError } from "./faultError";
import { HUAWEI, GatewayError } from "./gatewayErrors";
import type { CallOutcome, IncomingCall } from "./incomingCall";
import { maskSecrets } from "./maskSecrets";
import { HuaweiRouter } from "./router";

/**
 * Huawei REST (CDM, DLI, IAM): match method + path template, authenticate (AK/SK signature or IAM
 * token), check the path's project against the caller's, apply faults and the route's rate limit,
 * run the handler and answer JSON. Errors use the service's `errorBody`, authentication errors the
 * API gateway's `{error_code, error_msg}`.
 */
export class HuaweiGateway {
  private readonly routers = new Map<string, HuaweiRouter<unknown>>();

  constructor(private readonly core: EmulatorCore) {}

  async handle(service: HuaweiService<unknown>, call: IncomingCall): Promise<CallOutcome> {
    const core = this.core;
    const body = parseJsonBody(call);
    const match = this.router(service).match(call.method, call.path);
    const action = match?.route.action ?? `${call.method} ${call.path}`;
    const log = {
      service: service.name,
      action,
      parameters: maskSecrets({
        ...(match ? { pathParams: match.pathParams } : {}),
        query: Object.fromEntries(call.query),
        ...(body.ok && body.value !== undefined ? { body: body.value } : {}),
      }),
    };
    const fail = (err: EmulatorError, caller?: string, faults?: readonly string[]): CallOutcome => ({
      ...huaweiErrorResponse(err, service, call),
      log: {
        ...log,
        errorCode: err.code,
        ...(caller !== undefined ? { caller } : {}),
        ...(faults && faults.length > 0 ? { faults } : {}),
      },
    });

    const anonymous = service.name === "iam" && match !== undefined && IAM_ANONYMOUS_ACTIONS.has(action);
    const auth = authenticateHuawei(core, service.name, call, anonymous);
    if (!auth.ok) return fail(auth.error);
    const caller = auth.caller;
    if (!match) return fail(HUAWEI.unknownRoute(call.method, call.path), caller);
    if (!body.ok) {
      return fail(new EmulatorError(400, invalidBodyCode(service.name), body.message), caller);
    }
    // spec/cdm.md §1.3: `{project_id}` names the project the call acts on; it must be the caller's.
    const pathProject = match.pathParams["project_id"];
    if (pathProject !== undefined && auth.projectId !== undefined && pathProject !== auth.projectId) {
      return fail(HUAWEI.wrongProject(pathProject), caller);
    }

    const faults = core.faults.resolve(service.name, action, core.runtime.random);
    if (faults.latencyMs > 0) await core.runtime.delay(faults.latencyMs);
    if (faults.resetBefore) {
      return { status: 0, reset: true, log: { ...log, caller, faults: faults.labels } };
    }
    if (faults.error) return fail(faultError(faults.error, "huawei"), caller, faults.labels);

    const route = match.route;
    // spec/cdm.md §1.9: per-user limits per API.
    const verdict = core.throttle.checkHuawei(
      caller ?? "anonymous",
      action,
      route.rateLimitPerMinute,
      core.clock.now(),
    );
    if (verdict !== "ok") return fail(HUAWEI.throttled(), caller, faults.labels);

    let response;
    try {
      response = route.handle(
        {
          method: call.method,
          pathParams: match.pathParams,
          query: call.query,
          body: body.value,
          headers: call.headers,
          projectId: pathProject ?? auth.projectId ?? "",
          accessKey: auth.accessKey,
        },
        core.context(service.name, call.requestId),
      );
    } catch (err) {
      if (!(err instanceof EmulatorError)) throw err;
      if (call.method !== "GET") core.markDirty();
      return fail(err, caller, faults.labels);
    }
    if (call.method !== "GET") core.markDirty();
    const outcome: CallOutcome = {
      status: response.status,
      headers: { "X-Request-Id": call.requestId, ...response.headers },
      body: response.body,
      log: {
        ...log,
        ...(caller !== undefined ? { caller } : {}),
        ...(faults.labels.length > 0 ? { faults: faults.labels } : {}),
        ...(response.status >= 400 ? { errorCode: errorCodeOf(response.body) } : {}),
      },
    };
    if (faults.resetAfter) {
      await core.flush();
      return { ...outcome, reset: true };
    }
    return outcome;
  }

  private router(service: HuaweiService<unknown>): HuaweiRouter<unknown> {
    let router = this.routers.get(service.name);
    if (!router) {
      router = new HuaweiRouter(service.routes);
      this.routers.set(service.name, router);
    }
    return router;
  }
}

/** Gateway errors in the gateway's shape; handler and fault errors in the service's own shape. */
export function huaweiErrorResponse(
  err: EmulatorError,
  service: HuaweiService<unknown>,
  call: IncomingCall,
): { status: number; headers: Record<string, string>; body: Record<string, unknown> } {
  const headers = { "X-Request-Id": call.requestId };
  if (err.body) return { status: err.status, headers, body: err.body };
  const isGatewayShape =
    err instanceof GatewayError && (err.status === 401 || err.status === 403 || err.status === 413);
  const body = isGatewayShape
    ? { error_code: err.code, error_msg: err.message, request_id: call.requestId }
    : service.errorBody(err.status, err.code, err.message);
  return { status: err.status, headers, body };
}

type JsonBody = { ok: true; value: unknown } | { ok: false; message: string };

/** Huawei bodies are JSON (spec/cdm.md §1.5); an empty body is "no body". */
function parseJsonBody(call: IncomingCall): JsonBody {
  if (call.body.length === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(call.body.toString("utf8")) as unknown };
  } catch (err) {
    return { ok: false, message: `The request body is not valid JSON: ${(err as Error).message}` };
  }
}

function invalidBodyCode(service: string): string {
  // spec/dli.md §1.7 (DLI.0001 validation), spec/cdm.md §1.8 (Cdm.0014 illegal parameter).
  if (service === "dli") return "DLI.0001";
  if (service === "cdm") return "Cdm.0014";
  return "IAM.0003";
}

function errorCodeOf(body: unknown): string | undefined {
  if (body === null || typeof body !== "object") return undefined;
  const record = body as Record<string, unknown>;
  const code = record["errCode"] ?? record["code"] ?? record["error_code"];
  return typeof code === "string" ? code : undefined;
}
