import { IAM_ANONYMOUS_ACTIONS } from "../services/iam";
import type { HuaweiService } from "../types";
import { EmulatorError } from "../types";
import { authenticateHuawei } from "./authenticate";
import type { EmulatorCore } from "./emulatorCore";
import { faultError } from "./faultError";
import { HUAWEI, GatewayError } from "./gatewayErrors";
import type { CallOutcome, IncomingCall } from "./incomingCall";
import { maskSecrets } from "../maskSecrets";
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
    const fail = (
      err: EmulatorError,
      caller?: string,
      faults?: readonly string[],
      headers: Readonly<Record<string, string>> = {},
    ): CallOutcome => ({
      ...huaweiErrorResponse(err, service, call, headers),
      log: {
        ...log,
        errorCode: err.code,
        ...(caller !== undefined ? { caller } : {}),
        ...(faults && faults.length > 0 ? { faults } : {}),
      },
    });

    const anonymous =
      service.name === "iam" && match !== undefined && IAM_ANONYMOUS_ACTIONS.has(action);
    const auth = authenticateHuawei(core, service.name, call, anonymous);
    if (!auth.ok) return fail(auth.error);
    const caller = auth.caller;
    if (!match) return fail(HUAWEI.unknownRoute(service.name, call.method, call.path), caller);
    if (!body.ok) {
      return fail(new EmulatorError(400, invalidBodyCode(service.name), body.message), caller);
    }
    // spec/cdm.md §1.3: `{project_id}` names the project the call acts on; it must be the caller's.
    const pathProject = match.pathParams["project_id"];
    if (
      pathProject !== undefined &&
      auth.projectId !== undefined &&
      pathProject !== auth.projectId
    ) {
      return fail(HUAWEI.wrongProject(pathProject), caller);
    }
    // spec/cdm.md §1.3, §1.5: `X-Project-Id` selects one of the account's projects (a sub-project);
    // an id IAM does not know grants nothing.
    if (auth.projectId !== undefined && !knownProject(core, auth.projectId)) {
      return fail(unknownProject(auth.projectId), caller);
    }

    const faults = core.faults.resolve(service.name, action, core.runtime.random);
    if (faults.latencyMs > 0) await core.runtime.delay(faults.latencyMs);
    if (faults.resetBefore) {
      return { status: 0, reset: true, log: { ...log, caller, faults: faults.labels } };
    }
    const route = match.route;
    const perMinute = core.throttle.huaweiLimit(action, route.rateLimitPerMinute);
    if (faults.error) {
      const err = faultError(faults.error, "huawei");
      // spec/cdm.md §1.8: a 429 tells the caller when to retry, injected or not.
      const headers = err.status === 429 ? retryAfter(perMinute) : {};
      return fail(err, caller, faults.labels, headers);
    }

    // spec/cdm.md §1.9: per-user limits per API. A key counts for the IAM user owning it, so the
    // user's AK/SK calls and token calls share one budget.
    const owner =
      auth.accessKey === undefined
        ? undefined
        : core.options.credentials.huawei.find((k) => k.accessKey === auth.accessKey)?.userName;
    const verdict = core.throttle.checkHuawei(
      owner ?? caller ?? "anonymous",
      action,
      route.rateLimitPerMinute,
      core.clock.now(),
    );
    if (verdict !== "ok") {
      return fail(HUAWEI.throttled(), caller, faults.labels, retryAfter(perMinute));
    }

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

/**
 * What the API gateway answers itself is written in the gateway's shape `{error_code, error_msg}`
 * (spec/cdm.md §1.8 "IAM / API gateway", §7 GAP-5 for 401/403/429; spec/dli.md §1.4.3): refused
 * authentication (401), authorization (403), size (413), and every `APIG.*` code: throttling (429
 * `APIG.0308`, also when injected as a fault), the gateway's own internal error (`APIG.0002`, the
 * default injected fault) and a path no IAM route matches (501 `APIG.0101`). Handler errors,
 * unknown CDM and DLI routes and other injected codes use the service's own shape.
 */
export function huaweiErrorResponse(
  err: EmulatorError,
  service: HuaweiService<unknown>,
  call: IncomingCall,
  extraHeaders: Readonly<Record<string, string>> = {},
): { status: number; headers: Record<string, string>; body: Record<string, unknown> } {
  const headers = { ...extraHeaders, "X-Request-Id": call.requestId };
  if (err.body) return { status: err.status, headers, body: err.body };
  const body = isGatewayShaped(err)
    ? { error_code: err.code, error_msg: err.message, request_id: call.requestId }
    : service.errorBody(err.status, err.code, err.message);
  return { status: err.status, headers, body };
}

const GATEWAY_SHAPED_STATUSES: ReadonlySet<number> = new Set([401, 403, 413]);

/** spec/cdm.md §1.7: codes of the `APIG` family come from the API gateway, whatever the status. */
function isGatewayShaped(err: EmulatorError): boolean {
  if (!(err instanceof GatewayError)) return false;
  return GATEWAY_SHAPED_STATUSES.has(err.status) || err.code.startsWith("APIG.");
}

/** The configured projects, and the projects of the configured keys (so a key is never orphaned). */
function knownProject(core: EmulatorCore, projectId: string): boolean {
  const credentials = core.options.credentials;
  return (
    credentials.projects.some((p) => p.id === projectId) ||
    credentials.huawei.some((k) => k.projectId === projectId)
  );
}

function unknownProject(projectId: string): GatewayError {
  return new GatewayError(
    403,
    "APIG.0302",
    `The IAM user is not authorized to access the API: project ${projectId} does not exist in this account.`,
  );
}

/**
 * spec/cdm.md §1.8 (seed table): "429 – read Retry-After and wait". The caller's bucket is empty,
 * so one call is allowed again at most one refill interval (60 s / limit) from now; a route without
 * a limit (an injected 429) says one second.
 */
function retryAfter(perMinute: number | undefined): Record<string, string> {
  const seconds = perMinute === undefined ? 1 : Math.max(1, Math.ceil(60 / perMinute));
  return { "Retry-After": String(seconds) };
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
