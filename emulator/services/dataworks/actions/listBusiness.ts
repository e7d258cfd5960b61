import type { AlibabaAction } from "../../../types";
import { businessItem } from "../businessLookup";
import { studioOk } from "../envelope";
import type { DataWorksState } from "../model";
import { fuzzyMatch, pageOf, parsePaging } from "../paging";
import { parseParams } from "../params";
import { resolveProject } from "../workspace";

/** ListBusiness (spec §3.4.5, level 1): paged (both parameters required), `Keyword` fuzzy on the name. */
export const listBusiness: AlibabaAction<DataWorksState> = {
  level: 1,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const paging = parsePaging(params, true);
    const p = parseParams(params, { Keyword: { type: "string" } });
    const matches = Object.values(ctx.state.businesses)
      .filter((b) => b.projectId === project.projectId && fuzzyMatch(b.name, p.Keyword))
      .sort((a, b) => a.businessId - b.businessId);
    return studioOk(ctx, {
      Data: {
        PageNumber: paging.pageNumber,
        PageSize: paging.pageSize,
        TotalCount: matches.length,
        Business: pageOf(matches, paging).map(businessItem),
      },
    });
  },
};
