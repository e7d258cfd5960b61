import type { HuaweiRoute } from "../../types";
import { queueIsBusy } from "./dliJobs";
import { notSupported } from "./errors";
import { findQueue } from "./findQueue";
import type { DliState } from "./model";
import { projectOf } from "./project";

/**
 * `DELETE /v1.0/{project_id}/queues/{queue_name}` (spec/dli.md §2.2): synchronous; refused with
 * 400 `DLI.0007` while the queue runs a job (scaling or forced restart); its plans go with it.
 */
export const deleteQueue: HuaweiRoute<DliState> = {
  method: "DELETE",
  path: "/v1.0/{project_id}/queues/{queue_name}",
  action: "deleteQueue",
  handle(request, ctx) {
    const project = projectOf(request, ctx);
    const now = ctx.now();
    const queue = findQueue(project, request.pathParams["queue_name"] ?? "", now);
    if (queueIsBusy(project, queue.name, now)) {
      throw notSupported(`Queue ${queue.name} has running jobs and cannot be deleted.`);
    }
    delete project.queues[queue.name];
    return { status: 200, body: { is_success: true, message: "" } };
  },
};
