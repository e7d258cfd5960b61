import type { HuaweiRoute } from "../../types";
import { dliOptions } from "./dliOptions";
import { findQueue } from "./findQueue";
import type { DliState } from "./model";
import { projectOf } from "./project";
import { renderQueueDetail } from "./renderQueue";

/** `GET /v1.0/{project_id}/queues/{queue_name}` (spec/dli.md §2.4); missing → 400 `DLI.0002`. */
export const showQueue: HuaweiRoute<DliState> = {
  method: "GET",
  path: "/v1.0/{project_id}/queues/{queue_name}",
  action: "showQueue",
  handle(request, ctx) {
    const project = projectOf(request, ctx);
    const now = ctx.now();
    const queue = findQueue(project, request.pathParams["queue_name"] ?? "", now);
    const limit = dliOptions(ctx.options).dliCuScaleOutLimit;
    return { status: 200, body: renderQueueDetail(queue, now, limit) };
  },
};
