/**
 * `validation-result` of link and job create/update (spec/cdm.md §3.3, §4.4, §4.7). Links nest their
 * messages under `linkConfig` (`[{"linkConfig":[{"message","status"}]}]`), jobs list them directly
 * (`[{"message","status"}]`), and success is `[]`, `[{}]` or `[{},{},{}]`. Both shapes flatten to one
 * list. A 200 carrying an `ERROR` entry is a failure (spec/cdm.md §3.3 "Semantics"): the operation
 * raises it as an `invalid` CloudError; `WARNING` entries are returned to the caller.
 */
import { z } from "zod";
import { CloudError } from "../../errors";

const messageSchema = z.object({
  message: z.string().optional(),
  status: z.enum(["ERROR", "WARNING"]).optional(),
});

export const WireValidationResultSchema = z.array(
  messageSchema.extend({ linkConfig: z.array(messageSchema).optional() }),
);

export interface CdmValidationMessage {
  readonly status: "ERROR" | "WARNING";
  readonly message: string;
}

export function flattenValidation(
  result: z.output<typeof WireValidationResultSchema> | undefined,
): CdmValidationMessage[] {
  const out: CdmValidationMessage[] = [];
  const add = (entry: z.output<typeof messageSchema>): void => {
    if (entry.status !== undefined) out.push({ status: entry.status, message: entry.message ?? "" });
  };
  for (const entry of result ?? []) {
    add(entry);
    for (const nested of entry.linkConfig ?? []) add(nested);
  }
  return out;
}

/** Raises the `ERROR` entries; returns the warnings. */
export function requireNoValidationErrors(
  messages: readonly CdmValidationMessage[],
  action: string,
): CdmValidationMessage[] {
  const errors = messages.filter((entry) => entry.status === "ERROR");
  if (errors.length > 0) {
    throw new CloudError({
      cloud: "huawei",
      service: "cdm",
      action,
      category: "invalid",
      code: "ValidationFailed",
      serviceMessage: errors.map((entry) => entry.message).join("; "),
    });
  }
  return messages.filter((entry) => entry.status === "WARNING");
}
