import { EmulatorError } from "../../types";

/**
 * IAM errors carry both an `error` object and the flat Huawei `error_code` / `error_msg` pair, so
 * either parsing rule (spec/cdm.md §1.8) finds the code. The spec and the seeds document no IAM
 * error shape or table, so the codes are emulator conventions and `error.code` is the same string
 * code as `error_code`: the Huawei SDK reads `error.code` before `error_code`, and a number there
 * would make it report "401" instead of `IAM.0101`. The status stays readable in `error.title`.
 */
export function iamErrorBody(
  status: number,
  code: string,
  message: string,
): Record<string, unknown> {
  return {
    error_code: code,
    error_msg: message,
    error: { code, message, title: TITLES[status] ?? "Error" },
  };
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
};

export const IAM_ERRORS = {
  invalidBody: (detail: string) =>
    new EmulatorError(400, "IAM.0003", `The request body is invalid: ${detail}`),
  wrongPassword: () => new EmulatorError(401, "IAM.0101", "The username or password is wrong."),
  noIdentity: () =>
    new EmulatorError(
      401,
      "IAM.0102",
      "The request you have made requires authentication: send a password identity or sign the request with an AK/SK.",
    ),
  // spec/cdm.md §1.6: CDM and DLI need a project-scoped token.
  noProjectScope: () =>
    new EmulatorError(
      400,
      "IAM.0104",
      "The token request must be scoped to a project (auth.scope.project).",
    ),
  unknownProject: (which: string) =>
    new EmulatorError(400, "IAM.0105", `The project ${which} does not exist.`),
} as const;
