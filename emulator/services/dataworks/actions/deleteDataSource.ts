import type { AlibabaAction } from "../../../types";
import { findDataSource } from "../dataSourceLookup";
import { tenantOk } from "../envelope";
import { boundDataSource, connectionNotExists } from "../errors";
import type { DataWorksState } from "../model";
import { parseParams } from "../params";

/**
 * DeleteDataSource (spec §3.5.4, level 2, synchronous) → `Data` = true. An unknown ID is
 * `Invalid.Tenant.ConnectionNotExists` (§4.8); a source bound to a compute engine (the seeded
 * `odps_first`) is `Invalid.Operation`.
 */
export const deleteDataSource: AlibabaAction<DataWorksState> = {
  level: 2,
  handle(params, ctx) {
    const p = parseParams(params, { DataSourceId: { type: "long", required: true } });
    const record = findDataSource(ctx, p.DataSourceId);
    if (record === undefined) throw connectionNotExists();
    if (record.boundToEngine) throw boundDataSource();
    delete ctx.state.dataSources[String(record.dataSourceId)];
    return tenantOk(ctx, true, true);
  },
};
