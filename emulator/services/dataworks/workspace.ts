import type { DataWorksContext } from "./context";
import { projectNotExists } from "./errors";
import type { ProjectRecord } from "./model";
import { parseParams, requireOneOf } from "./params";

/**
 * The workspace of a DataStudio (chapter-4) call: `ProjectId` or `ProjectIdentifier`, one of which
 * must be set (spec §1.5). When both are sent, `ProjectId` decides (the documented examples send both,
 * e.g. `ProjectId=10000&ProjectIdentifier=dw_project`).
 */
export function resolveProject(
  params: Readonly<Record<string, string>>,
  ctx: DataWorksContext,
): ProjectRecord {
  requireOneOf(params, ["ProjectId", "ProjectIdentifier"]);
  const { ProjectId, ProjectIdentifier } = parseParams(params, {
    ProjectId: { type: "long" },
    ProjectIdentifier: { type: "string" },
  });
  const project =
    ProjectId !== undefined
      ? ctx.state.projects[String(ProjectId)]
      : Object.values(ctx.state.projects).find((p) => p.identifier === ProjectIdentifier);
  if (project === undefined) throw projectNotExists();
  return project;
}

/** The workspace of a tenant call that requires `ProjectId` (CreateDataSource, ListDataSources, GetProject; §1.5). */
export function requireProject(
  params: Readonly<Record<string, string>>,
  ctx: DataWorksContext,
): ProjectRecord {
  const { ProjectId } = parseParams(params, { ProjectId: { type: "long", required: true } });
  const project = ctx.state.projects[String(ProjectId)];
  if (project === undefined) throw projectNotExists();
  return project;
}
