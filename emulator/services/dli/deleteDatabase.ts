import type { HuaweiRoute } from "../../types";
import { DLI_DEFAULT_DATABASE } from "./constants";
import { dliOptions } from "./dliOptions";
import { recordJob } from "./dliJobs";
import { notSupported } from "./errors";
import { findDatabase } from "./findDatabase";
import type { DliState } from "./model";
import { queryBoolean } from "./parseBody";
import { projectOf } from "./project";

/**
 * `DELETE /v1.0/{project_id}/databases/{database_name}?cascade=&async=` (spec/dli.md §4.2).
 * A database with tables needs `cascade=true` (else 400 `DLI.0007`); `default` cannot be deleted.
 * With `async=true` a `DDL` job runs for `dliDdlJobMs` and the database disappears when it ends.
 */
export const deleteDatabase: HuaweiRoute<DliState> = {
  method: "DELETE",
  path: "/v1.0/{project_id}/databases/{database_name}",
  action: "deleteDatabase",
  handle(request, ctx) {
    const project = projectOf(request, ctx);
    const raw = request.pathParams["database_name"] ?? "";
    if (raw.toLowerCase() === DLI_DEFAULT_DATABASE) {
      throw notSupported("The database default cannot be deleted.");
    }
    const cascade = queryBoolean(request.query, "cascade");
    const async = queryBoolean(request.query, "async");
    const database = findDatabase(project, raw);
    if (!cascade && Object.keys(database.tables).length > 0) {
      throw notSupported(`Database ${database.name} is not empty`);
    }
    if (!async) {
      delete project.databases[database.name];
      return { status: 200, body: { is_success: true, message: "", job_mode: "sync" } };
    }
    const options = dliOptions(ctx.options);
    const job = recordJob(project, ctx, {
      jobType: "DDL",
      statement: `DROP DATABASE ${database.name}${cascade ? " CASCADE" : ""}`,
      queueName: "default",
      owner: options.dliUserName,
      endsAt: ctx.now() + options.dliDdlJobMs,
      runningStatus: "RUNNING",
      databaseName: database.name,
    });
    database.deleteAt = job.endsAt;
    return {
      status: 200,
      body: { is_success: true, message: "", job_id: job.id, job_type: "DDL", job_mode: "async" },
    };
  },
};
