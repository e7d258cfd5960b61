import type { HuaweiService } from "../../types";
import type { DliState } from "./model";
import { initialDliState } from "./model";
import { DLI_ROUTES } from "./routes";

/** The DLI service of the emulator: `/v1.0|/v1/{project_id}/…` (spec/dli.md §2–§6). */
export const DLI_SERVICE: HuaweiService<DliState> = {
  kind: "huawei",
  name: "dli",
  initialState: initialDliState,
  routes: DLI_ROUTES,
  // spec/dli.md §1.7: `{error_code, error_msg}` on every error, including the core's.
  errorBody: (_status, code, message) => ({ error_code: code, error_msg: message }),
};

export type { DliState } from "./model";
export { dliOptions } from "./dliOptions";
export type { DliOptions } from "./dliOptions";
