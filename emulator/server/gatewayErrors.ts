import { EmulatorError } from "../types";

/**
 * Errors the core raises before or instead of a handler (routing, authentication, throttling,
 * faults). They are written in the shape of the cloud's API gateway, not of the service.
 */
export class GatewayError extends EmulatorError {
  constructor(status: number, code: string, message: string) {
    super(status, code, message);
  }
}

/** Alibaba gateway codes (spec/signing.md §2.5, spec/dataworks.md §1.7 and §1.8). */
export const ALIBABA = {
  unknownAction: (action: string) =>
    new GatewayError(
      501,
      "InvalidAction.NotFound",
      `Specified api is not found, please check your url and method. The emulator does not implement Action "${action}".`,
    ),
  missingAction: () =>
    new GatewayError(400, "MissingParameter", "The input parameter \"Action\" that is mandatory for processing this request is not supplied."),
  invalidVersion: (version: string, expected: string) =>
    new GatewayError(
      400,
      "InvalidVersion",
      `Specified parameter Version "${version}" is not valid; this API answers version ${expected}.`,
    ),
  // spec/dataworks.md §1.8.
  throttled: () =>
    new GatewayError(429, "Throttling.Api", "The request for this resource has exceeded your available limit."),
  dailyCap: () =>
    new GatewayError(
      429,
      "Throttling.Api.Risk",
      "The request for this resource has exceeded your daily available limit.",
    ),
  tooLarge: (limit: number) =>
    new GatewayError(413, "RequestEntityTooLarge", `The request body exceeds ${limit} bytes.`),
  // spec/dataworks.md §1.7 generic table.
  internal: () =>
    new GatewayError(500, "InternalError.System", "An internal system error occurred. Try again later."),
} as const;

/** Huawei API gateway codes (spec/cdm.md §1.7 "APIGW…", §1.9; spec/dli.md §1.4.3). */
export const HUAWEI = {
  /**
   * A path under a service's prefix that none of its routes matches. Where the spec documents the
   * service's own answer it is used, with the route named in the message so it stays loud:
   * DLI 404 `DLI.0023` "resource not found" (spec/dli.md §1.7 emulator convention, §7.2), CDM 400
   * `Cdm.0501` "Invalid URI [%s]" (spec/cdm.md §5.1). IAM documents none: 501 `APIG.0101`.
   */
  unknownRoute: (service: string, method: string, path: string) => {
    const route = `${method} ${path}`;
    if (service === "dli") {
      return new GatewayError(
        404,
        "DLI.0023",
        `The resource was not found: the emulator does not implement ${route}.`,
      );
    }
    if (service === "cdm") {
      return new GatewayError(
        400,
        "Cdm.0501",
        `Invalid URI [${route}]: the emulator does not implement this CDM API.`,
      );
    }
    return HUAWEI.noSuchApi(method, path);
  },
  /** A path no service claims, or an IAM path with no route (issue 3: a loud 501 naming it). */
  noSuchApi: (method: string, path: string) =>
    new GatewayError(
      501,
      "APIG.0101",
      `The API does not exist or has not been published in the environment: the emulator does not implement ${method} ${path}.`,
    ),
  authFailed: (code: string, reason: string) =>
    new GatewayError(401, code, `Incorrect IAM authentication information: ${reason}`),
  tokenExpired: (code: string) =>
    new GatewayError(401, code, "Incorrect IAM authentication information: the token has expired."),
  wrongProject: (pathProject: string) =>
    new GatewayError(
      403,
      "APIG.0302",
      `The IAM user is not authorized to access the API: project ${pathProject} in the path is not the caller's project.`,
    ),
  tooLarge: (limit: number) =>
    new GatewayError(
      413,
      "APIG.0201",
      `Request entity too large: AK/SK-signed request bodies are limited to ${limit} bytes; use token authentication.`,
    ),
  throttled: () =>
    new GatewayError(429, "APIG.0308", "The throttling threshold has been reached."),
  internal: () => new GatewayError(500, "APIG.0002", "Internal server error."),
} as const;

/** spec/dli.md §1.4.3: DLI answers authentication failures as 401 `DLI.0013`. */
export function huaweiAuthCode(service: string): string {
  return service === "dli" ? "DLI.0013" : "APIG.0301";
}
