import { z } from "zod";
import type { HuaweiRoute } from "../../types";
import { dliOptions } from "./dliOptions";
import { notFound } from "./errors";
import { findDatabase } from "./findDatabase";
import type { DliState } from "./model";
import { parseBody } from "./parseBody";
import { projectOf } from "./project";

const UpdateOwnerBodySchema = z.object({ new_owner: z.string().min(1) });

/**
 * `PUT /v1.0/{project_id}/databases/{database_name}/owner` (spec/dli.md §4.4). Any non-empty user
 * is accepted unless the `dliUsers` option lists the users; then an unknown one → 400 `DLI.0002`
 * "No such user. userName:…." (the seed's wording, §7.3).
 */
export const updateDatabaseOwner: HuaweiRoute<DliState> = {
  method: "PUT",
  path: "/v1.0/{project_id}/databases/{database_name}/owner",
  action: "updateDatabaseOwner",
  handle(request, ctx) {
    const project = projectOf(request, ctx);
    const database = findDatabase(project, request.pathParams["database_name"] ?? "");
    const { new_owner: owner } = parseBody(UpdateOwnerBodySchema, request.body);
    const users = dliOptions(ctx.options).dliUsers;
    if (users !== undefined && !users.includes(owner)) {
      throw notFound(`No such user. userName:${owner}.`);
    }
    database.owner = owner;
    return { status: 200, body: { is_success: true, message: "" } };
  },
};
