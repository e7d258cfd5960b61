import { z } from "zod";
import type { AlibabaParamValue, OperationSender } from "../../provider";

/**
 * Sends a DataWorks `Get…` read (level 1, idempotent: spec/dataworks.md §1.8) and answers its
 * `Data` member, which may be empty: for reads, a successful answer with an empty `Data` means the
 * entity is gone (ARCHITECTURE decision 5), so callers map `null`/`undefined` to "not present".
 */
export async function getDataWorksData<D extends z.ZodType>(
  client: OperationSender,
  action: string,
  params: Readonly<Record<string, AlibabaParamValue>>,
  data: D,
): Promise<z.infer<D> | null | undefined> {
  const answer = await client.send({
    cloud: "alibaba",
    service: "dataworks",
    action,
    params,
    level: 1,
    idempotent: true,
    response: z.object({ Data: data.nullish() }),
  });
  return answer.Data;
}
