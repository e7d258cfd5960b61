import { z } from "zod";
import type { HuaweiRoute } from "../../types";
import { notFound } from "./errors";
import { findQueue } from "./findQueue";
import type { DliState } from "./model";
import { parseBody } from "./parseBody";
import { projectOf } from "./project";

const BatchDeleteBodySchema = z.object({ plan_ids: z.array(z.number().int()).min(1) });

/**
 * `POST /v1/{project_id}/queues/{queue_name}/plans/batch-delete` (spec/dli.md §3.3). All or
 * nothing: any unknown id → 400 `DLI.0002` "The plans with id 8, 9 do not exist." (§3.6 rule 9).
 */
export const batchDeleteQueuePlans: HuaweiRoute<DliState> = {
  method: "POST",
  path: "/v1/{project_id}/queues/{queue_name}/plans/batch-delete",
  action: "batchDeleteQueuePlans",
  handle(request, ctx) {
    const project = projectOf(request, ctx);
    const queue = findQueue(project, request.pathParams["queue_name"] ?? "", ctx.now());
    const ids = parseBody(BatchDeleteBodySchema, request.body).plan_ids;
    const missing = ids.filter((id) => !queue.plans.some((plan) => plan.id === id));
    if (missing.length > 0) {
      throw notFound(`The plans with id ${missing.join(", ")} do not exist.`);
    }
    queue.plans = queue.plans.filter((plan) => !ids.includes(plan.id));
    return { status: 200, body: { is_success: true, message: "" } };
  },
};
