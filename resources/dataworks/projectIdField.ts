import { z } from "zod";

/**
 * The workspace (`ProjectId`, a Long; spec/dataworks.md §1.5). The numeric ID rather than the
 * identifier: ListDataSources and the data source calls take only `ProjectId` (§3.5), and resource
 * IDs start with it (§4.1).
 */
export const projectIdField = z
  .number({ error: "must be the numeric workspace ID (ProjectId), e.g. 10000" })
  .int()
  .positive()
  .refine(Number.isSafeInteger, { error: "must be below 2^53" });
