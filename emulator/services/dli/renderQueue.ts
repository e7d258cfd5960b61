import { DLI_MIN_CU } from "./constants";
import { currentCu } from "./findQueue";
import type { DliQueue } from "./model";

/** Fields both forms share, with the snake_case names of the list API (spec/dli.md §2.3). */
function shared(queue: DliQueue, cuScaleOutLimit: number): Record<string, unknown> {
  return {
    description: queue.description,
    owner: queue.owner,
    create_time: queue.createdAt,
    resource_id: queue.resourceId,
    resource_mode: queue.resourceMode,
    enterprise_project_id: queue.enterpriseProjectId,
    resource_type: "vm",
    cu_spec: queue.cuSpec,
    cu_scale_out_limit: cuScaleOutLimit,
    cu_scale_in_limit: DLI_MIN_CU,
  };
}

/** The show-queue body (spec/dli.md §2.4): `queueName`, `queueType`, `cuCount` in camelCase. */
export function renderQueueDetail(
  queue: DliQueue,
  now: number,
  limit: number,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    is_success: true,
    message: "",
    queueName: queue.name,
    queueType: queue.queueType,
    cuCount: currentCu(queue, now),
    ...shared(queue, limit),
  };
  if (queue.chargingMode !== undefined) body["chargingMode"] = queue.chargingMode;
  if (queue.elasticResourcePoolName !== undefined) {
    body["elastic_resource_pool_name"] = queue.elasticResourcePoolName;
  }
  return body;
}

/** One entry of the list-queues body (spec/dli.md §2.3), snake_case. */
export function renderQueueListItem(
  queue: DliQueue,
  now: number,
  limit: number,
): Record<string, unknown> {
  const item: Record<string, unknown> = {
    queue_name: queue.name,
    queue_type: queue.queueType,
    cu_count: currentCu(queue, now),
    ...shared(queue, limit),
    cidr_in_vpc: "10.0.0.0/8",
    cidr_in_subnet: "10.0.0.0/24",
    cidr_in_mgntsubnet: "10.23.128.0/24",
    platform: queue.platform,
    is_restarting: queue.restartEndsAt !== undefined && now < queue.restartEndsAt,
    // §2.3: labels are one string here although create takes an array.
    labels: queue.labels.join(","),
  };
  if (queue.chargingMode !== undefined) item["charging_mode"] = queue.chargingMode;
  if (queue.feature !== undefined) item["feature"] = queue.feature;
  if (queue.elasticResourcePoolName !== undefined) {
    item["elastic_resource_pool_name"] = queue.elasticResourcePoolName;
  }
  return item;
}
