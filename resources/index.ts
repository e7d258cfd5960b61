/**
 * pulumi-dataplatform: Pulumi dynamic resources for Alibaba Cloud DataWorks and Huawei Cloud CDM/DLI.
 */
export { UNKNOWN } from "./framework/unknown";
export { PartialFailureError } from "./framework/partialFailureError";
export { AlreadyExistsError } from "./framework/alreadyExistsError";
export { AdoptMismatchError } from "./framework/adoptMismatchError";
export * as dataworks from "./dataworks";
