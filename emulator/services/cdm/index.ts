import type { HuaweiService } from "../../types";

/** Persisted CDM state (spec/cdm.md Appendix D). Filled in by the route handlers. */
export interface CdmState {
  clusters: Record<string, unknown>;
}

/** The CDM service of the emulator: `/v1.1/{project_id}/clusters…` (spec/cdm.md §2–§4). */
export const CDM_SERVICE: HuaweiService<CdmState> = {
  kind: "huawei",
  name: "cdm",
  initialState: () => ({ clusters: {} }),
  routes: [],
  // spec/cdm.md §1.8: CDM's own short error shape.
  errorBody: (_status, code, message) => ({ errCode: code, externalMessage: message }),
};
