import type { HuaweiRoute } from "../../types";
import { findPlan, planIdOf } from "./findPlan";
import { findQueue } from "./findQueue";
import type { DliState } from "./model";
import { validatePlan } from "./planBody";
import { projectOf } from "./project";

/**
 * `PUT /v1/{project_id}/queues/{queue_name}/plans/{plan_id}` (spec/dli.md §3.5): a full
 * replacement validated like create; the id stays. Missing plan → 400 `DLI.0002`.
 */
export const updateQueuePlan: HuaweiRoute<DliState> = {
  method: "PUT",
  path: "/v1/{project_id}/queues/{queue_name}/plans/{plan_id}",
  action: "updateQueuePlan",
  handle(request, ctx) {
    const project = projectOf(request, ctx);
    const queue = findQueue(project, request.pathParams["queue_name"] ?? "", ctx.now());
    const plan = findPlan(queue, planIdOf(request.pathParams["plan_id"] ?? ""));
    const fields = validatePlan(request.body, queue, ctx, plan);
    // Optional fields that are absent now must not survive from the old plan.
    delete plan.validDateBegin;
    delete plan.validDateEnd;
    Object.assign(plan, fields);
    return {
      status: 200,
      body: { is_success: true, message: "", queue_name: queue.name, plan_id: plan.id },
    };
  },
};
