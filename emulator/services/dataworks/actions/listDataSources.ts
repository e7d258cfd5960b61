import type { AlibabaAction } from "../../../types";
import { dataSourceItem } from "../dataSourceLookup";
import { tenantOk } from "../envelope";
import type { DataWorksState } from "../model";
import { dataWorksOptions } from "../options";
import { fuzzyMatch, pageOf, parsePaging } from "../paging";
import { parseParams, type ParamSpecs } from "../params";
import { requireProject } from "../workspace";

/** Request table of spec §3.5.3 (paging separately). */
const PARAMS = {
  Name: { type: "string" },
  DataSourceType: { type: "string" },
  SubType: { type: "string" },
  Status: { type: "string", oneOf: ["ENABLED", "DISABLED"] },
  EnvType: { type: "integer", oneOf: [0, 1] },
} as const satisfies ParamSpecs;

/** The filter's `Status` strings against the result's integers (spec §2.7.1). */
const STATUS_CODES = { ENABLED: 1, DISABLED: 2 } as const;

/**
 * ListDataSources (spec §3.5.3, level 3: the only read path for data sources). Sorted by `Sequence`
 * descending, paged (default 10, max 100), secrets in `Content` masked as `***`. `Name` is an exact
 * match by default (option `dataSourceNameMatch: "fuzzy"`, §6 q34).
 */
export const listDataSources: AlibabaAction<DataWorksState> = {
  level: 3,
  handle(params, ctx) {
    const project = requireProject(params, ctx);
    const p = parseParams(params, PARAMS);
    const paging = parsePaging(params, false);
    const fuzzy = dataWorksOptions(ctx.options).dataSourceNameMatch === "fuzzy";
    const matches = Object.values(ctx.state.dataSources)
      .filter(
        (d) =>
          d.projectId === project.projectId &&
          (p.Name === undefined ||
            p.Name === "" ||
            (fuzzy ? fuzzyMatch(d.name, p.Name) : d.name === p.Name)) &&
          (p.DataSourceType === undefined ||
            p.DataSourceType === "" ||
            d.dataSourceType === p.DataSourceType) &&
          (p.SubType === undefined || p.SubType === "" || d.subType === p.SubType) &&
          (p.Status === undefined || d.status === STATUS_CODES[p.Status]) &&
          (p.EnvType === undefined || d.envType === p.EnvType),
      )
      .sort((a, b) => b.sequence - a.sequence);
    return tenantOk(ctx, {
      PageNumber: paging.pageNumber,
      PageSize: paging.pageSize,
      TotalCount: matches.length,
      DataSources: pageOf(matches, paging).map(dataSourceItem),
    });
  },
};
