import type { AlibabaAction } from "../../../types";
import { assertBusinessNameFree } from "../businessLookup";
import { EMULATOR_USER_ID } from "../constants";
import { studioOk } from "../envelope";
import type { DataWorksState } from "../model";
import { allocateId } from "../model";
import { parseParams } from "../params";
import { resolveProject } from "../workspace";

/**
 * CreateBusiness (spec §3.4.1, level 2) → the ID at the top level as `BusinessId`, not in `Data`
 * (§1.6). Names are unique per workspace; `UseType` defaults to NORMAL (§6 q30), `Owner` to the caller.
 */
export const createBusiness: AlibabaAction<DataWorksState> = {
  level: 2,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, {
      BusinessName: { type: "string", required: true },
      Description: { type: "string" },
      Owner: { type: "string" },
      UseType: { type: "string", oneOf: ["NORMAL", "MANUAL_BIZ"] },
    });
    assertBusinessNameFree(ctx, project.projectId, p.BusinessName);
    const businessId = allocateId(ctx.state, "business");
    ctx.state.businesses[String(businessId)] = {
      businessId,
      projectId: project.projectId,
      name: p.BusinessName,
      description: p.Description ?? "",
      owner: p.Owner ?? EMULATOR_USER_ID,
      useType: p.UseType ?? "NORMAL",
      createTime: ctx.now(),
    };
    return studioOk(ctx, { BusinessId: businessId });
  },
};
