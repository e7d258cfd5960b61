import type { AlibabaAction } from "../../../types";
import { EMULATOR_USER_ID } from "../constants";
import { checkContent, checkDataSourceType, parseContent } from "../dataSourceContent";
import type { DataSourceType } from "../dataSourceTypes";
import { assertDataSourceNameFree, findDataSource } from "../dataSourceLookup";
import { tenantOk } from "../envelope";
import {
  boundDataSource,
  connectionEmpty,
  dataSourceNotFound,
  invalidParam,
  requiredParameterEmpty,
} from "../errors";
import type { DataWorksState } from "../model";
import { dataWorksOptions } from "../options";
import { parseParams, type ParamSpecs } from "../params";

/**
 * Request table of spec §3.5.2. `Content` is checked by hand: its absence has its own documented
 * code (`Invalid.Connection.Empty`). `Status` is deprecated ("do not use"): accepted and ignored.
 */
const PARAMS = {
  DataSourceId: { type: "long", required: true },
  EnvType: { type: "integer", required: true, oneOf: [0, 1] },
  Description: { type: "string" },
  Status: { type: "string" },
} as const satisfies ParamSpecs;

/**
 * UpdateDataSource (spec §3.5.2, level 2) → `Data` = true. Every call resends `EnvType` and the full
 * `Content`; the type cannot change, so the new properties are checked against the stored type.
 * A missing required parameter is `Required.Parameter.Empty`, as this API documents. Changing
 * `EnvType` is allowed unless the name is taken in the target environment (§6 q33; option
 * `dataSourceEnvTypeUpdate: "reject"` refuses any change), and never for an engine-bound source.
 */
export const updateDataSource: AlibabaAction<DataWorksState> = {
  level: 2,
  handle(params, ctx) {
    const p = parseParams(params, PARAMS, { missing: requiredParameterEmpty });
    const text = params["Content"];
    if (text === undefined || text.trim() === "" || text.trim() === "{}") throw connectionEmpty();
    const record = findDataSource(ctx, p.DataSourceId);
    if (record === undefined) throw dataSourceNotFound(p.DataSourceId);
    const type = checkDataSourceType(record.dataSourceType, record.subType) as DataSourceType;
    checkContent(type, record.subType, parseContent(text));
    const envType = p.EnvType as 0 | 1;
    if (envType !== record.envType) {
      // The engine binding lives in one environment (§3.5.2 lists Invalid.Operation for this API).
      if (record.boundToEngine) throw boundDataSource();
      if (dataWorksOptions(ctx.options).dataSourceEnvTypeUpdate === "reject") {
        throw invalidParam("EnvType of a data source cannot be changed");
      }
      assertDataSourceNameFree(ctx, record.projectId, envType, record.name, record.dataSourceId);
    }
    record.envType = envType;
    record.content = text;
    if (p.Description !== undefined) record.description = p.Description;
    record.operator = EMULATOR_USER_ID;
    record.modifyTime = ctx.now();
    return tenantOk(ctx, true, true);
  },
};
