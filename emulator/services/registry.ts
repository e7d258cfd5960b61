import type { ServiceModule } from "../types";
import { CDM_SERVICE } from "./cdm";
import { DATAWORKS_SERVICE } from "./dataworks";
import { DLI_SERVICE } from "./dli";
import { IAM_SERVICE } from "./iam";

/** Every service the emulator serves; adding one is one folder and one line here. */
export const SERVICES: readonly ServiceModule[] = [
  DATAWORKS_SERVICE as ServiceModule,
  CDM_SERVICE as ServiceModule,
  DLI_SERVICE as ServiceModule,
  IAM_SERVICE as ServiceModule,
];
