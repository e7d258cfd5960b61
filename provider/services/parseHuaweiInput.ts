/**
 * Validates a CDM or DLI typed operation's input before anything is sent. A rejected input is a
 * `CloudError` of category `invalid` with the client code `InvalidInput`, so callers handle it like
 * any other "fix your request" answer, and no request reaches the service.
 */
import { z } from "zod";
import { CloudError } from "../errors";

export function parseHuaweiInput<S extends z.ZodType>(
  service: "cdm" | "dli",
  schema: S,
  value: unknown,
  action: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new CloudError({
    cloud: "huawei",
    service,
    action,
    category: "invalid",
    code: "InvalidInput",
    // zod's default issue messages name the expected type and the path, not the received value.
    serviceMessage: z.prettifyError(result.error).replace(/\n/g, "; "),
  });
}
