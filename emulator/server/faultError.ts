import { documentedError } from "./documentedError";
import type { ActiveFault } from "./faultPlan";
import { GatewayError } from "./gatewayErrors";

/**
 * The error an `error` fault answers with. An explicit `status` always wins; otherwise the code's
 * documented status (`APIG.0308` → 429, `Throttling.*` → 429, `ServiceUnavailable` → 503,
 * `DLI.0999` → 400 …, see `documentedError`), else 500. Without a code: the cloud's throttling code
 * for 429, its internal-error code otherwise. The message is the documented one when known, so an
 * injected `Throttling.Api` reads exactly like the real one.
 */
export function faultError(fault: ActiveFault, cloud: "alibaba" | "huawei"): GatewayError {
  const documented = fault.code === undefined ? undefined : documentedError(fault.code);
  const status = fault.status ?? documented?.status ?? 500;
  const code = fault.code ?? defaultCode(status, cloud);
  const message =
    fault.message ??
    documentedError(code)?.message ??
    `Injected fault ${code} (HTTP ${status}).`;
  return new GatewayError(status, code, message);
}

function defaultCode(status: number, cloud: "alibaba" | "huawei"): string {
  if (cloud === "alibaba") return status === 429 ? "Throttling.Api" : "InternalError.System";
  return status === 429 ? "APIG.0308" : "APIG.0002";
}
