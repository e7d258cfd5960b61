import type { AlibabaAction } from "../../../types";
import { assertBusinessNameFree, businessOf } from "../businessLookup";
import { BUSINESS_ROOT_SEGMENT } from "../constants";
import { studioOk } from "../envelope";
import { repathFolders } from "../folderTree";
import type { DataWorksState } from "../model";
import { parseParams } from "../params";
import { resolveProject } from "../workspace";

/**
 * UpdateBusiness (spec §3.4.2, level 2): name, description, owner (`UseType` is fixed). A rename
 * re-paths the flow's folders and so the paths of its files; every ID stays (§4.2, §6 q29).
 */
export const updateBusiness: AlibabaAction<DataWorksState> = {
  level: 2,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, {
      BusinessId: { type: "long", required: true },
      BusinessName: { type: "string" },
      Description: { type: "string" },
      Owner: { type: "string" },
    });
    const business = businessOf(ctx, project, p.BusinessId);
    if (p.BusinessName !== undefined && p.BusinessName !== business.name) {
      assertBusinessNameFree(ctx, project.projectId, p.BusinessName);
      repathFolders(
        ctx,
        project.projectId,
        `${BUSINESS_ROOT_SEGMENT}/${business.name}`,
        `${BUSINESS_ROOT_SEGMENT}/${p.BusinessName}`,
      );
      business.name = p.BusinessName;
    }
    if (p.Description !== undefined) business.description = p.Description;
    if (p.Owner !== undefined) business.owner = p.Owner;
    return studioOk(ctx);
  },
};
