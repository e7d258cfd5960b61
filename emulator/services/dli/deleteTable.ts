import type { HuaweiRoute } from "../../types";
import { dliOptions } from "./dliOptions";
import { recordJob } from "./dliJobs";
import { findDatabase, findTable } from "./findDatabase";
import type { DliState } from "./model";
import { queryBoolean } from "./parseBody";
import { projectOf } from "./project";

/**
 * `DELETE /v1.0/{project_id}/databases/{database_name}/tables/{table_name}?async=` (spec/dli.md
 * §5.2). Synchronous by default (`job_mode: "sync"`); with `async=true` the answer also carries a
 * `DDL` `job_id` (emulator convention) and the table disappears when the job ends.
 */
export const deleteTable: HuaweiRoute<DliState> = {
  method: "DELETE",
  path: "/v1.0/{project_id}/databases/{database_name}/tables/{table_name}",
  action: "deleteTable",
  handle(request, ctx) {
    const project = projectOf(request, ctx);
    const async = queryBoolean(request.query, "async");
    const database = findDatabase(project, request.pathParams["database_name"] ?? "");
    const table = findTable(database, request.pathParams["table_name"] ?? "");
    if (!async) {
      delete database.tables[table.name];
      return { status: 200, body: { is_success: true, message: "", job_mode: "sync" } };
    }
    const options = dliOptions(ctx.options);
    const job = recordJob(project, ctx, {
      jobType: "DDL",
      statement: `DROP TABLE ${database.name}.${table.name}`,
      queueName: "default",
      owner: options.dliUserName,
      endsAt: ctx.now() + options.dliDdlJobMs,
      runningStatus: "RUNNING",
      databaseName: database.name,
      tableName: table.name,
    });
    table.deleteAt = job.endsAt;
    return {
      status: 200,
      body: { is_success: true, message: "", job_id: job.id, job_type: "DDL", job_mode: "async" },
    };
  },
};
