/**
 * Validates a typed operation's input before anything is sent. A rejected input is a `CloudError` of
 * category `invalid` with the client code `InvalidInput`; no request reaches the service.
 */
import { z } from "zod";
import { CloudError } from "../../errors";

export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  action: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new CloudError({
    cloud: "huawei",
    service: "dli",
    action,
    category: "invalid",
    code: "InvalidInput",
    serviceMessage: z.prettifyError(result.error).replace(/\n/g, "; "),
  });
}
