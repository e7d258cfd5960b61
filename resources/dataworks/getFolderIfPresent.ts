import { z } from "zod";
import type { OperationSender } from "../../provider";
import { getDataWorksData } from "./getDataWorksData";

const Data = z.object({ FolderId: z.string().optional(), FolderPath: z.string().optional() });

export interface PresentFolder {
  readonly folderId: string;
  readonly folderPath: string;
}

/**
 * GetFolder by ID (spec/dataworks.md §3.3.2, level 1) for reads, where "gone" has one more shape
 * than an error code: a successful answer with an empty `Data`, which the Alibaba Terraform provider
 * treats as not found (research/peers.md §2.2). Error answers (`…NotExists` codes, HTTP 404) are
 * raised by the client with category `notFound` as usual.
 */
export async function getFolderIfPresent(
  client: OperationSender,
  projectId: number,
  folderId: string,
): Promise<PresentFolder | undefined> {
  const params = { ProjectId: projectId, FolderId: folderId };
  const data = await getDataWorksData(client, "GetFolder", params, Data);
  if (data?.FolderId === undefined || data.FolderPath === undefined) return undefined;
  return { folderId: data.FolderId, folderPath: data.FolderPath };
}
