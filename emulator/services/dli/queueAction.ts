import { z } from "zod";
import type { HuaweiRoute } from "../../types";
import { findQueue } from "./findQueue";
import type { DliState } from "./model";
import { looseBoolean, parseBody } from "./parseBody";
import { projectOf } from "./project";
import { restartQueue } from "./restartQueue";
import { scaleQueue } from "./scaleQueue";

/** spec/dli.md §2.5 request body; an unknown `action` is `DLI.0001`. */
const QueueActionBodySchema = z.object({
  action: z.enum(["restart", "scale_out", "scale_in"]),
  force: looseBoolean.default(false),
  cu_count: z.number().int().optional(),
});

/** `PUT /v1.0/{project_id}/queues/{queue_name}/action`: restart, scale out, scale in (spec/dli.md §2.5). */
export const queueAction: HuaweiRoute<DliState> = {
  method: "PUT",
  path: "/v1.0/{project_id}/queues/{queue_name}/action",
  action: "queueAction",
  handle(request, ctx) {
    const project = projectOf(request, ctx);
    const queue = findQueue(project, request.pathParams["queue_name"] ?? "", ctx.now());
    const body = parseBody(QueueActionBodySchema, request.body);
    if (body.action === "restart") return restartQueue(project, queue, body.force, ctx);
    return scaleQueue(project, queue, body.action, body.cu_count, ctx);
  },
};
