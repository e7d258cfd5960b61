/**
 * Scaling-plan operations (spec/dli.md §3), under `/v1/{project_id}/queues/{queue_name}/plans`.
 * A missing queue is `DLI.0008` "There is no queue named …" on list and `DLI.0002` elsewhere; a
 * missing plan is `DLI.0002` (§3.6 rule 9). The client raises those as `notFound` (§1.7).
 */
import { z } from "zod";
import type { OperationSender } from "../../operation";
import { dliPath } from "./dliPath";
import { EmptyEnvelopeSchema } from "./envelope";
import { parseInput } from "./parseInput";
import {
  type DliQueuePlan,
  ListQueuePlansResponseSchema,
  type QueuePlanInput,
  QueuePlanInputSchema,
  UpdateQueuePlanResponseSchema,
  queuePlanBody,
} from "./planSchemas";
import { DliQueueNameSchema } from "./queueSchemas";

const planId = z.number().int().nonnegative();
const planIdList = z.array(planId).min(1);

function plansPath(queueName: string, ...rest: (string | number)[]): string {
  return dliPath("v1", "queues", queueName, "plans", ...rest);
}

/** `POST …/plans` (spec/dli.md §3.1). No id comes back: use `findQueuePlanByName` afterwards. */
export async function createQueuePlan(sender: OperationSender, queueName: string, plan: QueuePlanInput): Promise<void> {
  parseInput(DliQueueNameSchema, queueName, "createQueuePlan");
  const parsed = parseInput(QueuePlanInputSchema, plan, "createQueuePlan");
  return sender.send({
    cloud: "huawei",
    service: "dli",
    action: "createQueuePlan",
    method: "POST",
    path: plansPath(queueName),
    body: queuePlanBody(parsed),
    idempotent: false,
    response: EmptyEnvelopeSchema,
  });
}

/** `GET …/plans`: every plan of the queue in one answer (no paging documented, spec/dli.md §3.2). */
export async function listQueuePlans(sender: OperationSender, queueName: string): Promise<DliQueuePlan[]> {
  parseInput(DliQueueNameSchema, queueName, "listQueuePlans");
  return sender.send({
    cloud: "huawei",
    service: "dli",
    action: "listQueuePlans",
    method: "GET",
    path: plansPath(queueName),
    idempotent: true,
    response: ListQueuePlansResponseSchema,
  });
}

/**
 * The plan named exactly `planName` (case-sensitive); with several, the highest id, i.e. the most
 * recently created (spec/dli.md §3.7). `undefined` when none matches.
 */
export async function findQueuePlanByName(
  sender: OperationSender,
  queueName: string,
  planName: string,
): Promise<DliQueuePlan | undefined> {
  const matches = (await listQueuePlans(sender, queueName)).filter((plan) => plan.planName === planName);
  return matches.reduce<DliQueuePlan | undefined>(
    (best, plan) => (best === undefined || plan.id > best.id ? plan : best),
    undefined,
  );
}

/**
 * `POST …/plans/batch-delete {"plan_ids": [...]}` (spec/dli.md §3.3). Idempotent although a POST:
 * any missing id fails the whole call and deletes nothing (§3.6 rule 9), so a replay after success
 * answers not-found (`DLI.0002`) and leaves the same state; callers treat that as already deleted.
 */
export async function batchDeleteQueuePlans(
  sender: OperationSender,
  queueName: string,
  planIds: readonly number[],
): Promise<void> {
  parseInput(DliQueueNameSchema, queueName, "batchDeleteQueuePlans");
  const ids = parseInput(planIdList, planIds, "batchDeleteQueuePlans");
  return sender.send({
    cloud: "huawei",
    service: "dli",
    action: "batchDeleteQueuePlans",
    method: "POST",
    path: plansPath(queueName, "batch-delete"),
    body: { plan_ids: ids },
    idempotent: true,
    response: EmptyEnvelopeSchema,
  });
}

/** `DELETE …/plans/{plan_id}` (spec/dli.md §3.4). */
export async function deleteQueuePlan(sender: OperationSender, queueName: string, id: number): Promise<void> {
  parseInput(DliQueueNameSchema, queueName, "deleteQueuePlan");
  parseInput(planId, id, "deleteQueuePlan");
  return sender.send({
    cloud: "huawei",
    service: "dli",
    action: "deleteQueuePlan",
    method: "DELETE",
    path: plansPath(queueName, id),
    idempotent: true,
    response: EmptyEnvelopeSchema,
  });
}

/** `PUT …/plans/{plan_id}` with the full desired plan (spec/dli.md §3.5). */
export async function updateQueuePlan(
  sender: OperationSender,
  queueName: string,
  id: number,
  plan: QueuePlanInput,
): Promise<{ queueName?: string; planId?: number }> {
  parseInput(DliQueueNameSchema, queueName, "updateQueuePlan");
  parseInput(planId, id, "updateQueuePlan");
  const parsed = parseInput(QueuePlanInputSchema, plan, "updateQueuePlan");
  return sender.send({
    cloud: "huawei",
    service: "dli",
    action: "updateQueuePlan",
    method: "PUT",
    path: plansPath(queueName, id),
    body: queuePlanBody(parsed),
    idempotent: true,
    response: UpdateQueuePlanResponseSchema,
  });
}
