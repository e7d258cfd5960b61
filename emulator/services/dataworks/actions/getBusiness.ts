import type { AlibabaAction } from "../../../types";
import { businessItem, businessOf } from "../businessLookup";
import { studioOk } from "../envelope";
import type { DataWorksState } from "../model";
import { parseParams } from "../params";
import { resolveProject } from "../workspace";

/** GetBusiness (spec §3.4.3, level 1). */
export const getBusiness: AlibabaAction<DataWorksState> = {
  level: 1,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, { BusinessId: { type: "long", required: true } });
    return studioOk(ctx, { Data: businessItem(businessOf(ctx, project, p.BusinessId)) });
  },
};
