import { compact } from "./fileView";
import type { UdfRecord } from "./model";
import { withoutUndefined } from "./newFile";

/** `FunctionType` of CreateUdfFile / UpdateUdfFile (spec §3.2.1). */
export const FUNCTION_TYPES = ["MATH", "AGGREGATE", "STRING", "DATE", "ANALYTIC", "OTHER"] as const;

/**
 * The code (`Content`) a function file shows in GetFile and its versions: the registration form as
 * JSON, so that what CreateUdfFile/UpdateUdfFile stored can be read back (spec §3.2 has no read API).
 */
export function udfContent(udf: UdfRecord): string {
  return JSON.stringify(compact({ ...udf }));
}

/** The registration parameters of CreateUdfFile / UpdateUdfFile (spec §3.2.1, §3.2.2). */
export interface UdfParams {
  readonly ClassName: string;
  readonly FunctionType: string;
  readonly Resources: string;
  readonly UdfDescription?: string | undefined;
  readonly CmdDescription?: string | undefined;
  readonly ParameterDescription?: string | undefined;
  readonly ReturnValue?: string | undefined;
  readonly Example?: string | undefined;
}

/** The record fields the given registration parameters set (absent optional ones are left out). */
export function udfFieldsOf(p: UdfParams): Partial<UdfRecord> {
  return withoutUndefined({
    className: p.ClassName,
    functionType: p.FunctionType,
    resources: p.Resources,
    udfDescription: p.UdfDescription,
    cmdDescription: p.CmdDescription,
    parameterDescription: p.ParameterDescription,
    returnValue: p.ReturnValue,
    example: p.Example,
  });
}
