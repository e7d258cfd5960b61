import type { ServiceContext } from "../../types";
import type { DataWorksState } from "./model";

/** The context every DataWorks handler receives. */
export type DataWorksContext = ServiceContext<DataWorksState>;
