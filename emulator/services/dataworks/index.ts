import type { AlibabaService } from "../../types";
import { DATAWORKS_ACTIONS } from "./actions";
import { DATAWORKS_API_VERSION } from "./constants";
import type { DataWorksState } from "./model";
import { initialDataWorksState } from "./model";

/** DataWorks OpenAPI 2020-05-18 (spec/dataworks.md §1.1); one handler per wire action in `actions/`. */
export const DATAWORKS_SERVICE: AlibabaService<DataWorksState> = {
  kind: "alibaba",
  name: "dataworks",
  version: DATAWORKS_API_VERSION,
  initialState: initialDataWorksState,
  actions: DATAWORKS_ACTIONS,
};

export type { DataWorksState } from "./model";
export { DATAWORKS_ACTIONS } from "./actions";
export {
  dataWorksOptions,
  DEFAULT_OPTIONS as DEFAULT_DATAWORKS_OPTIONS,
  OPTION_PREFIX as DATAWORKS_OPTION_PREFIX,
} from "./options";
export type { DataWorksOptions } from "./options";
