/**
 * Where an Alibaba request's business parameters travel: the form body by default for POST, the
 * query for GET, unless `placement` says otherwise (spec/signing.md §2.4 for RPC v1, §3.1 and §3.3
 * for ACS3: the generated DataWorks client sends POST with a form body). A GET has no body, so
 * business parameters placed there cannot be sent.
 */
import { SigningInputError } from "../signingInputError";
import type { AlibabaSignInput } from "../types";

export function paramsInBody(input: AlibabaSignInput, paramCount: number): boolean {
  const inBody = (input.placement ?? (input.method === "POST" ? "body" : "query")) === "body";
  if (inBody && input.method === "GET" && paramCount > 0) {
    throw new SigningInputError("InvalidInput", "a GET request cannot carry business parameters in a body");
  }
  return inBody;
}
