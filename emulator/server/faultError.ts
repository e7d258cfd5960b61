import type { ActiveFault } from "./faultPlan";
import { GatewayError } from "./gatewayErrors";

/** Known messages, so an injected `Throttling.Api` reads exactly like the real one. */
const MESSAGES: Record<string, string> = {
  // spec/dataworks.md §1.7
  "Throttling.Api": "The request for this resource has exceeded your available limit.",
  "Throttling.Api.Risk": "The request for this resource has exceeded your daily available limit.",
  "Throttling.System": "The DataWorks system is busy. Try again later.",
  "Throttling.User": "Your request is too frequent. Try again later.",
  "InternalError.System": "An internal system error occurred. Try again later.",
  "ServiceUnavailable": "The request has failed due to a temporary failure of the server.",
  // Huawei API gateway
  "APIG.0308": "The throttling threshold has been reached.",
  "APIG.0002": "Internal server error.",
};

/** The error an `error` fault answers with: default 500 with the cloud's internal-error code. */
export function faultError(fault: ActiveFault, cloud: "alibaba" | "huawei"): GatewayError {
  const status = fault.status ?? (fault.code?.startsWith("Throttling") ? 429 : 500);
  const code =
    fault.code ??
    (cloud === "alibaba"
      ? status === 429
        ? "Throttling.Api"
        : "InternalError.System"
      : status === 429
        ? "APIG.0308"
        : "APIG.0002");
  const message = fault.message ?? MESSAGES[code] ?? `Injected fault ${code} (HTTP ${status}).`;
  return new GatewayError(status, code, message);
}
