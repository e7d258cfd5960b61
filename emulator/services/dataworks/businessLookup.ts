import type { DataWorksContext } from "./context";
import { businessNotExists, invalidParam } from "./errors";
import { businessByName } from "./folderTree";
import type { BusinessRecord, ProjectRecord } from "./model";

export function businessOf(
  ctx: DataWorksContext,
  project: ProjectRecord,
  businessId: number,
): BusinessRecord {
  const business = ctx.state.businesses[String(businessId)];
  if (business === undefined || business.projectId !== project.projectId)
    throw businessNotExists(businessId);
  return business;
}

/**
 * "同一个项目空间下的业务流程名称必须唯一" (spec §3.4.1): no dedicated code is documented, so a clash is
 * `Invalid.Param` (§4.6 emulator convention, §6 q30). The spec names no character rule, so any
 * non-blank name is accepted; a name containing `/` cannot appear in a folder path (§2.5), so such a
 * flow can hold no folders or files.
 */
export function assertBusinessNameFree(
  ctx: DataWorksContext,
  projectId: number,
  name: string,
): void {
  if (name.trim() === "") throw invalidParam("BusinessName must not be blank");
  if (businessByName(ctx, projectId, name) !== undefined) {
    throw invalidParam(`a business flow named ${name} already exists in the workspace`);
  }
}

/** `Data` of GetBusiness / a `Business` item of ListBusiness (spec §3.4.3, §3.4.5). */
export function businessItem(b: BusinessRecord): Record<string, unknown> {
  return {
    BusinessId: b.businessId,
    BusinessName: b.name,
    Description: b.description,
    Owner: b.owner,
    ProjectId: b.projectId,
    UseType: b.useType,
  };
}
