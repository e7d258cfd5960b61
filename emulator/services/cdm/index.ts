import type { HuaweiService } from "../../types";
import type { CdmState } from "./model";
import { initialCdmState } from "./model";
import { CDM_ROUTES } from "./routes";

/** The CDM service of the emulator: `/v1.1/{project_id}/clusters…` (spec/cdm.md §2–§4, Appendix D). */
export const CDM_SERVICE: HuaweiService<CdmState> = {
  kind: "huawei",
  name: "cdm",
  initialState: initialCdmState,
  routes: CDM_ROUTES,
  // spec/cdm.md §1.8: errors the core produces (auth, throttling, faults) in CDM's short shape.
  errorBody: (_status, code, message) => ({ errCode: code, externalMessage: message }),
};

export type { CdmState } from "./model";
export { cdmOptions } from "./cdmOptions";
export type { CdmOptions } from "./cdmOptions";
