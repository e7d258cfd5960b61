import type { AlibabaService } from "../../types";
import type { DataWorksState } from "./model";
import { initialDataWorksState } from "./model";

/** DataWorks OpenAPI 2020-05-18 (spec/dataworks.md §1.1). Actions are registered in `actions.ts`. */
export const DATAWORKS_SERVICE: AlibabaService<DataWorksState> = {
  kind: "alibaba",
  name: "dataworks",
  version: "2020-05-18",
  initialState: initialDataWorksState,
  actions: {},
};

export type { DataWorksState } from "./model";
