import type { HuaweiRequest, ServiceContext } from "../../types";
import type { DliProject, DliState } from "./model";

/**
 * Applies what time has done to a project before it is read: finished scalings update `cuCount`
 * (spec/dli.md §2.5), and databases / tables whose asynchronous delete finished disappear (§4.2).
 */
export function settleProject(project: DliProject, now: number): void {
  for (const queue of Object.values(project.queues)) {
    if (queue.scaling !== undefined && now >= queue.scaling.endsAt) {
      queue.cuCount = queue.scaling.targetCu;
      delete queue.scaling;
    }
  }
  for (const [name, database] of Object.entries(project.databases)) {
    if (database.deleteAt !== undefined && now >= database.deleteAt) {
      delete project.databases[name];
      continue;
    }
    for (const [tableName, table] of Object.entries(database.tables)) {
      if (table.deleteAt !== undefined && now >= table.deleteAt) delete database.tables[tableName];
    }
  }
}

/** The caller's project slice, created on first use and settled at `ctx.now()`. */
export function projectOf(request: HuaweiRequest, ctx: ServiceContext<DliState>): DliProject {
  const project = (ctx.state.projects[request.projectId] ??= {
    queues: {},
    databases: {},
    jobs: {},
    nextPlanId: 1,
  });
  settleProject(project, ctx.now());
  return project;
}
