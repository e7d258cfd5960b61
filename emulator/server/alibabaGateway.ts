import type { AlibabaService } from "../types";
import { EmulatorError } from "../types";
import { authenticateAlibaba } from "./authenticate";
import type { EmulatorCore } from "./emulatorCore";
import { faultError } from "./faultError";
import { ALIBABA, GatewayError } from "./gatewayErrors";
import type { CallOutcome, IncomingCall } from "./incomingCall";
import { maskSecrets } from "../maskSecrets";

/** Signature and envelope parameters: the handlers never see them, and neither does the log. */
const COMMON_PARAMS = new Set([
  "Action",
  "Version",
  "Format",
  "AccessKeyId",
  "Signature",
  "SignatureMethod",
  "SignatureVersion",
  "SignatureNonce",
  "SignatureType",
  "Timestamp",
  "SecurityToken",
]);

/** Read-only by name: no state-file write after them (handlers derive lifecycles at read time). */
const READ_ONLY_ACTION = /^(Get|List|Check|Describe|Query|Search)/;

/**
 * DataWorks RPC: collect parameters from the query and the form body (body wins, spec/dataworks.md
 * §1.3), pick the action (`Action` or `x-acs-action`, spec/signing.md §3.5 step 6), authenticate,
 * apply faults and throttling, run the handler and answer JSON.
 */
export async function handleAlibaba(
  core: EmulatorCore,
  service: AlibabaService<unknown>,
  call: IncomingCall,
): Promise<CallOutcome> {
  const auth = authenticateAlibaba(core, call);
  const merged = auth.ok ? auth.params : collectParams(call);
  const action = auth.ok ? auth.action : (auth.action ?? merged["Action"] ?? call.headers["x-acs-action"]);
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(merged)) if (!COMMON_PARAMS.has(name)) params[name] = value;
  const secret = new Set(service.secretParams ?? []);
  const log = {
    service: service.name,
    action: action ?? "(none)",
    parameters: maskSecrets(params, secret),
  };
  const fail = (err: EmulatorError, caller?: string, faults?: readonly string[]): CallOutcome => ({
    ...alibabaErrorResponse(err, call),
    log: {
      ...log,
      errorCode: err.code,
      ...(caller !== undefined ? { caller } : {}),
      ...(faults && faults.length > 0 ? { faults } : {}),
    },
  });

  if (!auth.ok) return fail(new GatewayError(auth.status, auth.code, auth.message));
  const caller = auth.accessKeyId;
  if (action === undefined || action === "") return fail(ALIBABA.missingAction(), caller);
  if (auth.version !== service.version) {
    return fail(ALIBABA.invalidVersion(auth.version, service.version), caller);
  }
  const handler = Object.prototype.hasOwnProperty.call(service.actions, action)
    ? service.actions[action]
    : undefined;
  if (!handler) return fail(ALIBABA.unknownAction(action), caller);

  const faults = core.faults.resolve(service.name, action, core.runtime.random);
  if (faults.latencyMs > 0) await core.runtime.delay(faults.latencyMs);
  if (faults.resetBefore) {
    return { status: 0, reset: true, log: { ...log, caller, faults: faults.labels } };
  }
  if (faults.error) return fail(faultError(faults.error, "alibaba"), caller, faults.labels);

  // spec/dataworks.md §1.8: per-level QPS buckets and the level-3 daily cap, per access key.
  const verdict = core.throttle.checkDataWorks(caller, handler.level, core.clock.now());
  if (verdict === "qps") return fail(ALIBABA.throttled(), caller, faults.labels);
  if (verdict === "daily") return fail(ALIBABA.dailyCap(), caller, faults.labels);

  let body: Record<string, unknown>;
  try {
    body = handler.handle(params, core.context(service.name, call.requestId));
  } catch (err) {
    if (!(err instanceof EmulatorError)) throw err;
    // A handler may have changed state before failing; persist whatever it left.
    if (!READ_ONLY_ACTION.test(action)) core.markDirty();
    return fail(err, caller, faults.labels);
  }
  if (!READ_ONLY_ACTION.test(action)) core.markDirty();
  const outcome: CallOutcome = {
    status: 200,
    headers: { "x-acs-request-id": call.requestId },
    body,
    log: { ...log, caller, ...(faults.labels.length > 0 ? { faults: faults.labels } : {}) },
  };
  if (faults.resetAfter) {
    await core.flush();
    return { ...outcome, reset: true };
  }
  return outcome;
}

/**
 * Query and form-body parameters merged, body winning (spec/dataworks.md §1.3); used for the request
 * log when authentication failed (on success the verifier's own merge is used).
 */
function collectParams(call: IncomingCall): Record<string, string> {
  const params = Object.fromEntries(new URLSearchParams(call.rawQuery));
  const type = call.headers["content-type"] ?? "";
  if (call.body.length > 0 && type.startsWith("application/x-www-form-urlencoded")) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(call.body.toString("utf8"))));
  }
  return params;
}

/**
 * Handler errors use the DataStudio error body (spec/dataworks.md §1.7 emulator convention); gateway
 * errors add the gateway's own fields (`HostId`, `Recommend`) so both parsing rules find the code.
 */
export function alibabaErrorResponse(
  err: EmulatorError,
  call: IncomingCall,
): { status: number; headers: Record<string, string>; body: Record<string, unknown> } {
  const body: Record<string, unknown> = {
    RequestId: call.requestId,
    HttpStatusCode: err.status,
    Success: false,
    ErrorCode: err.code,
    ErrorMessage: err.message,
    Code: err.code,
    Message: err.message,
  };
  if (err instanceof GatewayError) {
    body["HostId"] = call.headers["host"] ?? "";
    body["Recommend"] =
      `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(err.code)}&product=dataworks-public&requestId=${call.requestId}`;
  }
  return { status: err.status, headers: { "x-acs-request-id": call.requestId }, body };
}
