import type { HuaweiRoute } from "../../types";
import { findQueue } from "./findQueue";
import type { DliState } from "./model";
import { validatePlan } from "./planBody";
import { projectOf } from "./project";

/**
 * `POST /v1/{project_id}/queues/{queue_name}/plans` (spec/dli.md §3.1): the answer carries no id
 * (list and match by `plan_name`). Missing queue → 400 `DLI.0002`.
 */
export const createQueuePlan: HuaweiRoute<DliState> = {
  method: "POST",
  path: "/v1/{project_id}/queues/{queue_name}/plans",
  action: "createQueuePlan",
  handle(request, ctx) {
    const project = projectOf(request, ctx);
    const queue = findQueue(project, request.pathParams["queue_name"] ?? "", ctx.now());
    const fields = validatePlan(request.body, queue, ctx);
    queue.plans.push({ id: project.nextPlanId++, ...fields });
    return { status: 200, body: { is_success: true, message: "" } };
  },
};
