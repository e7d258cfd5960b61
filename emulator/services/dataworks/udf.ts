import { compact } from "./fileView";
import type { UdfRecord } from "./model";

/** `FunctionType` of CreateUdfFile / UpdateUdfFile (spec §3.2.1). */
export const FUNCTION_TYPES = ["MATH", "AGGREGATE", "STRING", "DATE", "ANALYTIC", "OTHER"] as const;

/**
 * The code (`Content`) a function file shows in GetFile and its versions: the registration form as
 * JSON, so that what CreateUdfFile/UpdateUdfFile stored can be read back (spec §3.2 has no read API).
 */
export function udfContent(udf: UdfRecord): string {
  return JSON.stringify(compact({ ...udf }));
}
