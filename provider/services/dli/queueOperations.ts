/**
 * Queue operations (spec/dli.md §2). A missing queue is answered `DLI.0002` with HTTP 400 (§1.7),
 * which the client raises as a `notFound` CloudError.
 */
import { z } from "zod";
import { CloudError } from "../../errors";
import type { OperationSender } from "../../operation";
import { dliPath } from "./dliPath";
import { EmptyEnvelopeSchema } from "./envelope";
import { normaliseDliName } from "./normaliseDliName";
import { parseInput } from "./parseInput";
import { compact } from "./wireScalars";
import {
  type CreateQueueInput,
  CreateQueueInputSchema,
  CreateQueueResponseSchema,
  type DliQueue,
  type DliQueueActionResult,
  DliQueueNameSchema,
  ListQueuesResponseSchema,
  type QueueActionInput,
  QueueActionInputSchema,
  QueueActionResponseSchema,
  ShowQueueResponseSchema,
  createQueueBody,
  queueActionBody,
} from "./queueSchemas";

/** Rows requested per list page (spec/dli.md §2.3 documents `page-size` without a maximum). */
export const DLI_QUEUE_PAGE_SIZE = 100;

/** `POST /v1.0/{project_id}/queues` (spec/dli.md §2.1). Returns the stored (lower-case) name. */
export async function createQueue(
  sender: OperationSender,
  input: CreateQueueInput,
): Promise<{ queueName: string }> {
  const parsed = parseInput(CreateQueueInputSchema, input, "createQueue");
  const answer = await sender.send({
    cloud: "huawei",
    service: "dli",
    action: "createQueue",
    method: "POST",
    path: dliPath("v1.0", "queues"),
    body: createQueueBody(parsed),
    idempotent: false,
    response: CreateQueueResponseSchema,
  });
  return { queueName: answer.queueName ?? normaliseDliName(parsed.queueName) };
}

/** `DELETE /v1.0/{project_id}/queues/{queue_name}`; refused while the queue runs jobs (spec/dli.md §2.2). */
export async function deleteQueue(sender: OperationSender, queueName: string): Promise<void> {
  parseInput(DliQueueNameSchema, queueName, "deleteQueue");
  return sender.send({
    cloud: "huawei",
    service: "dli",
    action: "deleteQueue",
    method: "DELETE",
    path: dliPath("v1.0", "queues", queueName),
    idempotent: true,
    response: EmptyEnvelopeSchema,
  });
}

/** `GET /v1.0/{project_id}/queues/{queue_name}` (spec/dli.md §2.4): no platform, labels or tags. */
export async function showQueue(sender: OperationSender, queueName: string): Promise<DliQueue> {
  parseInput(DliQueueNameSchema, queueName, "showQueue");
  return sender.send({
    cloud: "huawei",
    service: "dli",
    action: "showQueue",
    method: "GET",
    path: dliPath("v1.0", "queues", queueName),
    idempotent: true,
    response: ShowQueueResponseSchema,
  });
}

export const ListQueuesOptionsSchema = z.strictObject({
  /** The service defaults to `sql`; this function defaults to `all` so no queue is missed. */
  queueType: z.enum(["sql", "general", "all"]).default("all"),
  withPriv: z.boolean().optional(),
  order: z.enum(["queue_name_asc", "queue_name_desc", "cu_asc", "cu_desc"]).optional(),
  /** Tag filter, sent as `k1=v1,k2=v2` (spec/dli.md §2.3, format inferred from §4.3). */
  tags: z.record(z.string().min(1), z.string()).optional(),
});
export type ListQueuesOptions = z.input<typeof ListQueuesOptionsSchema>;

function tagFilter(tags: Readonly<Record<string, string>> | undefined): string | undefined {
  if (tags === undefined) return undefined;
  return Object.entries(tags)
    .map(([key, value]) => `${key}=${value}`)
    .join(",");
}

/**
 * `GET /v1.0/{project_id}/queues?page-size=&current-page=` until a page comes back short
 * (spec/dli.md §2.3: no total is returned). Stops early if a page adds no new queue, in case the
 * service ignores paging.
 */
export async function listQueues(sender: OperationSender, options: ListQueuesOptions = {}): Promise<DliQueue[]> {
  const parsed = parseInput(ListQueuesOptionsSchema, options, "listQueues");
  const byName = new Map<string, DliQueue>();
  for (let page = 1; ; page++) {
    const queues = await sender.send({
      cloud: "huawei",
      service: "dli",
      action: "listQueues",
      method: "GET",
      path: dliPath("v1.0", "queues"),
      query: compact({
        queue_type: parsed.queueType,
        "with-priv": parsed.withPriv,
        order: parsed.order,
        tags: tagFilter(parsed.tags),
        "page-size": DLI_QUEUE_PAGE_SIZE,
        "current-page": page,
      }),
      idempotent: true,
      response: ListQueuesResponseSchema,
    });
    const before = byName.size;
    for (const queue of queues) byName.set(queue.name, queue);
    if (queues.length < DLI_QUEUE_PAGE_SIZE || byName.size === before) return [...byName.values()];
  }
}

/**
 * The queue named `name` (compared case-insensitively, spec/dli.md §2.0), from the list with
 * `queue_type=all` so that `platform` and `labels` are included (§2.4); `undefined` when none matches.
 */
export async function findQueueByName(sender: OperationSender, name: string): Promise<DliQueue | undefined> {
  const wanted = normaliseDliName(name);
  const queues = await listQueues(sender, { queueType: "all" });
  return queues.find((queue) => normaliseDliName(queue.name) === wanted);
}

/**
 * `PUT /v1.0/{project_id}/queues/{queue_name}/action`: restart, scale_out or scale_in (spec/dli.md
 * §2.5). A PUT, but not idempotent: scaling takes a CU *delta*, so a replay would scale twice.
 * Scaling is asynchronous: poll `showQueue` until `cuCount` reaches the target. A scale answer with
 * `result: false` is raised as a `conflict` CloudError.
 */
export async function queueAction(
  sender: OperationSender,
  queueName: string,
  input: QueueActionInput,
): Promise<DliQueueActionResult> {
  parseInput(DliQueueNameSchema, queueName, "queueAction");
  const parsed = parseInput(QueueActionInputSchema, input, "queueAction");
  const answer = await sender.send({
    cloud: "huawei",
    service: "dli",
    action: "queueAction",
    method: "PUT",
    path: dliPath("v1.0", "queues", queueName, "action"),
    body: queueActionBody(parsed),
    idempotent: false,
    response: QueueActionResponseSchema,
  });
  if (answer.result === false) {
    throw new CloudError({
      cloud: "huawei",
      service: "dli",
      action: "queueAction",
      category: "conflict",
      code: "ScaleNotAccepted",
      serviceMessage: answer.message ?? `${parsed.action} of queue ${queueName} answered result false`,
    });
  }
  return answer;
}
