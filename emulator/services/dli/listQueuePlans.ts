import type { HuaweiRoute } from "../../types";
import { planQueueNotFound } from "./errors";
import { findQueue } from "./findQueue";
import type { DliPlan, DliState } from "./model";
import { projectOf } from "./project";

/** A plan as the list returns it; unset validity bounds and `last_execute_time` are omitted (§3.6 rule 11). */
function renderPlan(plan: DliPlan): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: plan.id,
    plan_name: plan.planName,
    target_cu: plan.targetCu,
    start_hour: plan.startHour,
    start_minute: plan.startMinute,
    repeat_day: plan.repeatDay,
  };
  if (plan.validDateBegin !== undefined) body["valid_date_begin"] = plan.validDateBegin;
  if (plan.validDateEnd !== undefined) body["valid_date_end"] = plan.validDateEnd;
  body["activate"] = plan.activate;
  if (plan.lastExecuteTime !== undefined) body["last_execute_time"] = plan.lastExecuteTime;
  return body;
}

/**
 * `GET /v1/{project_id}/queues/{queue_name}/plans` (spec/dli.md §3.2), ordered by id. Missing
 * queue → 400 `DLI.0008` "There is no queue named …." (the seed's answer for this API).
 */
export const listQueuePlans: HuaweiRoute<DliState> = {
  method: "GET",
  path: "/v1/{project_id}/queues/{queue_name}/plans",
  action: "listQueuePlans",
  handle(request, ctx) {
    const project = projectOf(request, ctx);
    const name = request.pathParams["queue_name"] ?? "";
    const queue = findQueue(project, name, ctx.now(), planQueueNotFound);
    const plans = [...queue.plans].sort((a, b) => a.id - b.id).map(renderPlan);
    return { status: 200, body: { is_success: true, message: "", plans } };
  },
};
