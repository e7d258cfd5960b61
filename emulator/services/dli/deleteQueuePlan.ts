import type { HuaweiRoute } from "../../types";
import { findPlan, planIdOf } from "./findPlan";
import { findQueue } from "./findQueue";
import type { DliState } from "./model";
import { projectOf } from "./project";

/** `DELETE /v1/{project_id}/queues/{queue_name}/plans/{plan_id}` (spec/dli.md §3.4). */
export const deleteQueuePlan: HuaweiRoute<DliState> = {
  method: "DELETE",
  path: "/v1/{project_id}/queues/{queue_name}/plans/{plan_id}",
  action: "deleteQueuePlan",
  handle(request, ctx) {
    const project = projectOf(request, ctx);
    const queue = findQueue(project, request.pathParams["queue_name"] ?? "", ctx.now());
    const plan = findPlan(queue, planIdOf(request.pathParams["plan_id"] ?? ""));
    queue.plans = queue.plans.filter((candidate) => candidate !== plan);
    return { status: 200, body: { is_success: true, message: "" } };
  },
};
