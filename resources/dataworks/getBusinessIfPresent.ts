import { z } from "zod";
import type { OperationSender } from "../../provider";
import { getDataWorksData } from "./getDataWorksData";

/** `ProjectId` is typed String but printed as a number (spec/dataworks.md §3.4.3); unused here. */
const Data = z.object({
  BusinessId: z.union([z.number(), z.string()]).optional(),
  BusinessName: z.string().optional(),
  Description: z.string().nullish(),
  Owner: z.union([z.string(), z.number()]).nullish(),
  UseType: z.enum(["NORMAL", "MANUAL_BIZ"]).nullish(),
});

export interface PresentBusiness {
  readonly businessName: string;
  readonly description: string;
  readonly owner: string | undefined;
  readonly useType: "NORMAL" | "MANUAL_BIZ" | undefined;
}

/**
 * GetBusiness (spec/dataworks.md §3.4.3, level 1) for reads: a successful answer with an empty
 * `Data` means the flow is gone, like an error answer with a `…NotExists` code (ARCHITECTURE
 * decision 5; the seeds document no not-found code for business flows, §4.8).
 */
export async function getBusinessIfPresent(
  client: OperationSender,
  projectId: number,
  businessId: number,
): Promise<PresentBusiness | undefined> {
  const params = { ProjectId: projectId, BusinessId: businessId };
  const data = await getDataWorksData(client, "GetBusiness", params, Data);
  if (data?.BusinessId === undefined || data.BusinessName === undefined) return undefined;
  return {
    businessName: data.BusinessName,
    description: data.Description ?? "",
    owner: data.Owner === undefined || data.Owner === null ? undefined : String(data.Owner),
    useType: data.UseType ?? undefined,
  };
}
