import type { HuaweiService } from "../../types";

/** Persisted DLI state (spec/dli.md). Filled in by the route handlers. */
export interface DliState {
  queues: Record<string, unknown>;
}

/** The DLI service of the emulator: `/v1.0|/v1|/v2.0/{project_id}/…` (spec/dli.md §2–§6). */
export const DLI_SERVICE: HuaweiService<DliState> = {
  kind: "huawei",
  name: "dli",
  initialState: () => ({ queues: {} }),
  routes: [],
  // spec/dli.md §1.7: `{error_code, error_msg}` on every error.
  errorBody: (_status, code, message) => ({ error_code: code, error_msg: message }),
};
