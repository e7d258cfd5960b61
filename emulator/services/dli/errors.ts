import { EmulatorError } from "../../types";

/**
 * DLI errors: always `{"error_code", "error_msg"}` with the HTTP status of the code table
 * (spec/dli.md §1.7, §7.2). Not-found is HTTP 400 `DLI.0002`.
 */
export function dliError(status: number, code: string, message: string): EmulatorError {
  return new EmulatorError(status, code, message, { error_code: code, error_msg: message });
}

/** `DLI.0001` parameter validation error. */
export const invalidParameter = (message: string): EmulatorError =>
  dliError(400, "DLI.0001", message);

/** `DLI.0002` object does not exist. */
export const notFound = (message: string): EmulatorError => dliError(400, "DLI.0002", message);

/** The seed's wording for a missing queue (§7.3, §14.2 example). */
export const queueNotFound = (queue: string): EmulatorError =>
  notFound(`There is no queue named ${queue}`);

/** `DLI.0008` — the plan-list API's missing-queue answer (spec/dli.md §3.2, with the seed's full stop). */
export const planQueueNotFound = (queue: string): EmulatorError =>
  dliError(400, "DLI.0008", `There is no queue named ${queue}.`);

export const databaseNotFound = (database: string): EmulatorError =>
  notFound(`There is no database named ${database}`);

export const tableNotFound = (table: string): EmulatorError =>
  notFound(`There is no table named ${table}`);

/** `DLI.0006` object already exists. */
export const alreadyExists = (message: string): EmulatorError => dliError(400, "DLI.0006", message);

/** `DLI.0007` operation not supported (in the current state). */
export const notSupported = (message: string): EmulatorError => dliError(400, "DLI.0007", message);

/** `DLI.1028` insufficient quota. */
export const quotaExceeded = (message: string): EmulatorError => dliError(400, "DLI.1028", message);

/** `DLI.0999` with the seed's wording (spec/dli.md §3.1): a plan whose times can never produce a run. */
export const planCannotRun = (planName: string): EmulatorError =>
  dliError(
    400,
    "DLI.0999",
    `Queue plans create failed. The plan ${planName} can not generate a scale plan, please check all time settings for the plan.`,
  );
