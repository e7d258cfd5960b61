import { EMULATOR_TENANT_ID } from "./constants";
import type { DataWorksContext } from "./context";
import { maskedContent } from "./dataSourceContent";
import { displayTime } from "./displayTime";
import { connectionAlreadyExist } from "./errors";
import { compact } from "./fileView";
import type { DataSourceRecord } from "./model";

/**
 * Data sources are addressed by `DataSourceId` alone (Update/DeleteDataSource take no project,
 * spec §1.5), so IDs are unique across workspaces (§6 q37).
 */
export function findDataSource(
  ctx: DataWorksContext,
  dataSourceId: number,
): DataSourceRecord | undefined {
  return ctx.state.dataSources[String(dataSourceId)];
}

/** Names are unique per workspace and `EnvType` (spec §3.5.1 `ConnectionAlreadyExist`, §4.6). */
export function assertDataSourceNameFree(
  ctx: DataWorksContext,
  projectId: number,
  envType: 0 | 1,
  name: string,
  exceptId?: number,
): void {
  const clash = Object.values(ctx.state.dataSources).some(
    (d) =>
      d.projectId === projectId &&
      d.envType === envType &&
      d.name === name &&
      d.dataSourceId !== exceptId,
  );
  if (clash) throw connectionAlreadyExist(envType, name);
}

/** Compute-engine ID of an engine-bound data source (the seeded `odps_first`), one per workspace and environment. */
export function boundEngineId(d: DataSourceRecord): number {
  return d.projectId * 10 + d.envType;
}

/** A `DataSources` item of ListDataSources (spec §3.5.3), secrets masked. */
export function dataSourceItem(d: DataSourceRecord): Record<string, unknown> {
  return compact({
    Id: d.dataSourceId,
    Name: d.name,
    DataSourceType: d.dataSourceType,
    SubType: d.subType,
    EnvType: d.envType,
    ProjectId: d.projectId,
    Description: d.description,
    Content: maskedContent(d.dataSourceType, d.content),
    Status: d.status,
    // Documented with the text of Status (1 normal); the emulator never tests connectivity (§6 q34).
    ConnectStatus: 1,
    Sequence: d.sequence,
    DefaultEngine: d.boundToEngine,
    Shared: false,
    Operator: d.operator,
    BindingCalcEngineId: d.boundToEngine ? boundEngineId(d) : undefined,
    TenantId: EMULATOR_TENANT_ID,
    GmtCreate: displayTime(d.createTime),
    GmtModified: displayTime(d.modifyTime),
  });
}
