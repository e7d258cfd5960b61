import { z } from "zod";
import type { HuaweiRoute } from "../../types";
import { DLI_DEFAULT_DATABASE, DLI_NAME_PATTERN } from "./constants";
import { dliOptions } from "./dliOptions";
import { alreadyExists } from "./errors";
import type { DliState } from "./model";
import { parseBody } from "./parseBody";
import { projectOf } from "./project";

/** spec/dli.md §4.1 body; `default` is the built-in database and cannot be created. */
const CreateDatabaseBodySchema = z.object({
  database_name: z
    .string()
    .regex(DLI_NAME_PATTERN, {
      error:
        "database_name: only digits, letters and _, not all digits, not starting with _, 1-128",
    })
    .refine((name) => name.toLowerCase() !== DLI_DEFAULT_DATABASE, {
      error: "database_name: the database default is built in and cannot be created",
    }),
  description: z.string().default(""),
  enterprise_project_id: z.string().default("0"),
  tags: z.array(z.object({ key: z.string().min(1), value: z.string() })).default([]),
});

/**
 * `POST /v1.0/{project_id}/databases` (spec/dli.md §4.1): the name is stored lower-cased; a
 * duplicate (case-insensitive) → 400 `DLI.0006`; the owner is the calling user (`dliUserName`).
 */
export const createDatabase: HuaweiRoute<DliState> = {
  method: "POST",
  path: "/v1.0/{project_id}/databases",
  action: "createDatabase",
  handle(request, ctx) {
    const body = parseBody(CreateDatabaseBodySchema, request.body);
    const project = projectOf(request, ctx);
    const name = body.database_name.toLowerCase();
    if (project.databases[name] !== undefined) {
      throw alreadyExists(`Database ${name} already exists.`);
    }
    project.databases[name] = {
      name,
      description: body.description,
      owner: dliOptions(ctx.options).dliUserName,
      enterpriseProjectId: body.enterprise_project_id,
      tags: body.tags,
      tables: {},
    };
    return { status: 200, body: { is_success: true, message: "" } };
  },
};
