import type { AlibabaAction } from "../../../types";
import { EMULATOR_USER_ID } from "../constants";
import { checkContent, checkDataSourceType, parseContent } from "../dataSourceContent";
import { assertDataSourceNameFree } from "../dataSourceLookup";
import { tenantOk } from "../envelope";
import { invalidParam } from "../errors";
import type { DataWorksState } from "../model";
import { allocateId } from "../model";
import { parseParams, type ParamSpecs } from "../params";
import { requireProject } from "../workspace";

/** Request table of spec §3.5.1. */
const PARAMS = {
  Name: { type: "string", required: true },
  Description: { type: "string" },
  DataSourceType: { type: "string", required: true },
  SubType: { type: "string" },
  EnvType: { type: "integer", required: true, oneOf: [0, 1] },
  Content: { type: "string", required: true },
} as const satisfies ParamSpecs;

/**
 * CreateDataSource (spec §3.5.1, level 2, synchronous) → `Data` = the new data source ID. The
 * connection properties are stored as sent, secrets included; reads mask them (§2.7.2).
 */
export const createDataSource: AlibabaAction<DataWorksState> = {
  level: 2,
  handle(params, ctx) {
    const project = requireProject(params, ctx);
    const p = parseParams(params, PARAMS);
    if (p.Name.trim() === "") throw invalidParam("Name must not be blank");
    const type = checkDataSourceType(p.DataSourceType, p.SubType === "" ? undefined : p.SubType);
    checkContent(type, p.SubType, parseContent(p.Content));
    const envType = p.EnvType as 0 | 1;
    assertDataSourceNameFree(ctx, project.projectId, envType, p.Name);
    const dataSourceId = allocateId(ctx.state, "dataSource");
    const now = ctx.now();
    ctx.state.dataSources[String(dataSourceId)] = {
      dataSourceId,
      projectId: project.projectId,
      name: p.Name,
      description: p.Description ?? "",
      dataSourceType: type,
      ...(p.SubType !== undefined && p.SubType !== "" ? { subType: p.SubType } : {}),
      envType,
      content: p.Content,
      status: 1,
      // Listed by Sequence descending (§3.5.3): the newest first.
      sequence: dataSourceId,
      boundToEngine: false,
      operator: EMULATOR_USER_ID,
      createTime: now,
      modifyTime: now,
    };
    // HttpStatusCode typed String in this table (§1.6, §6 q5): option tenantStatusCodeAsString.
    return tenantOk(ctx, dataSourceId, true);
  },
};
