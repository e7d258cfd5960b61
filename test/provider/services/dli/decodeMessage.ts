/**
 * The client's decoding step applied to a schema: the `DecodeError` message a caller would see for
 * an answer of the wrong shape (provider/decode.ts), or `undefined` when the answer decodes.
 */
import type { z } from "zod";
import { decodeResponse } from "../../../../provider/decode";
import { CloudError } from "../../../../provider/errors";

export function decodeMessage(action: string, schema: z.ZodType<unknown>, body: unknown): string | undefined {
  try {
    decodeResponse({ cloud: "huawei", service: "dli", action }, schema, body, "req-1");
    return undefined;
  } catch (error) {
    if (!(error instanceof CloudError)) throw error;
    return `${error.code}: ${error.message}`;
  }
}
