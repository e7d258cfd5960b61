import { z } from "zod";
import type { OperationSender } from "../../provider";

const Answer = z.object({
  Data: z.object({ FolderId: z.string().optional(), FolderPath: z.string().optional() }).nullish(),
});

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
  const answer = await client.send({
    cloud: "alibaba",
    service: "dataworks",
    action: "GetFolder",
    params: { ProjectId: projectId, FolderId: folderId },
    level: 1,
    idempotent: true,
    response: Answer,
  });
  const data = answer.Data;
  if (data?.FolderId === undefined || data.FolderPath === undefined) return undefined;
  return { folderId: data.FolderId, folderPath: data.FolderPath };
}
