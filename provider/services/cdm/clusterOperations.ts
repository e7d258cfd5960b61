/**
 * Cluster operations (spec/cdm.md §2). Creates and the power actions are POSTs that are not retried
 * blindly (a replayed create makes a second cluster); show, list and delete are idempotent.
 */
import { z } from "zod";
import { CloudError } from "../../errors";
import type { OperationSender } from "../../operation";
import { cdmPath } from "./cdmPath";
import {
  type CdmCluster,
  type CdmCreatedCluster,
  ClusterJobIdsResponseSchema,
  type CreateClusterInput,
  CreateClusterInputSchema,
  CreateClusterResponseSchema,
  ListClustersResponseSchema,
  ShowClusterResponseSchema,
  createClusterBody,
} from "./clusterSchemas";
import { parseInput } from "./parseInput";

const clusterId = z.string().min(1);

/** `POST /v1.1/{project_id}/clusters` → 202; the cluster starts in status `100` (spec/cdm.md §2.2). */
export async function createCluster(sender: OperationSender, input: CreateClusterInput): Promise<CdmCreatedCluster> {
  const parsed = parseInput(CreateClusterInputSchema, input, "createCluster");
  return sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "createCluster",
    method: "POST",
    path: cdmPath(),
    body: createClusterBody(parsed),
    idempotent: false,
    response: CreateClusterResponseSchema,
  });
}

/** `GET …/clusters/{cluster_id}` (spec/cdm.md §2.3). */
export async function showCluster(sender: OperationSender, id: string): Promise<CdmCluster> {
  parseInput(clusterId, id, "showCluster");
  return sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "showCluster",
    method: "GET",
    path: cdmPath(id),
    idempotent: true,
    response: ShowClusterResponseSchema,
  });
}

/** `GET …/clusters`: one call, the API has no paging (spec/cdm.md §2.4). */
export async function listClusters(sender: OperationSender): Promise<CdmCluster[]> {
  return sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "listClusters",
    method: "GET",
    path: cdmPath(),
    idempotent: true,
    response: ListClustersResponseSchema,
  });
}

/**
 * The cluster whose name is exactly `name`, or `undefined`. Names are not documented as unique
 * (spec/cdm.md §2.4), so several matches raise a `conflict` CloudError instead of picking one.
 */
export async function findClusterByName(
  sender: OperationSender,
  name: string,
): Promise<CdmCluster | undefined> {
  const matches = (await listClusters(sender)).filter((cluster) => cluster.name === name);
  if (matches.length > 1) {
    throw new CloudError({
      cloud: "huawei",
      service: "cdm",
      action: "listClusters",
      category: "conflict",
      code: "AmbiguousName",
      serviceMessage: `${matches.length} clusters are named ${name}: ${matches.map((c) => c.id).join(", ")}`,
    });
  }
  return matches[0];
}

export const DeleteClusterOptionsSchema = z.strictObject({
  /** Required on the wire; "just send 0" (spec/cdm.md §2.5). */
  keepLastManualBackup: z.number().int().min(0).default(0),
});
export type DeleteClusterOptions = z.input<typeof DeleteClusterOptionsSchema>;

/**
 * `DELETE …/clusters/{cluster_id}` with a JSON body → 202 `{jobId}`; deletion is asynchronous
 * (poll show until not found, spec/cdm.md §2.5). Returns the task ids.
 */
export async function deleteCluster(
  sender: OperationSender,
  id: string,
  options: DeleteClusterOptions = {},
): Promise<string[]> {
  parseInput(clusterId, id, "deleteCluster");
  const parsed = parseInput(DeleteClusterOptionsSchema, options, "deleteCluster");
  return sender.send({
    cloud: "huawei",
    service: "cdm",
    action: "deleteCluster",
    method: "DELETE",
    path: cdmPath(id),
    body: { keep_last_manual_backup: parsed.keepLastManualBackup },
    idempotent: true,
    response: ClusterJobIdsResponseSchema,
  });
}

async function clusterAction(sender: OperationSender, action: string, id: string, body: unknown): Promise<string[]> {
  parseInput(clusterId, id, action);
  return sender.send({
    cloud: "huawei",
    service: "cdm",
    action,
    method: "POST",
    path: cdmPath(id, "action"),
    body,
    // spec/cdm.md §2.6–§2.7: power actions are POSTs; a replay would queue a second transition.
    idempotent: false,
    response: ClusterJobIdsResponseSchema,
  });
}

/** `POST …/action {"start":{}}` → job ids; poll until status `200` (spec/cdm.md §2.7, §2.8). */
export async function startCluster(sender: OperationSender, id: string): Promise<string[]> {
  return clusterAction(sender, "startCluster", id, { start: {} });
}

export const StopClusterInputSchema = z
  .strictObject({
    stopMode: z.enum(["IMMEDIATELY", "GRACEFULLY"]),
    /** Only with `GRACEFULLY`: `-1` waits for running jobs, `> 0` waits that many seconds. */
    delayTime: z.number().int().min(-1).optional(),
  })
  .refine((input) => input.delayTime === undefined || input.stopMode === "GRACEFULLY", {
    error: "delayTime is only valid with stopMode GRACEFULLY (spec/cdm.md §2.7)",
  });
export type StopClusterInput = z.input<typeof StopClusterInputSchema>;

/** `POST …/action {"stop":{…}}` (being retired, spec/cdm.md §2.7); poll until status `900`. */
export async function stopCluster(sender: OperationSender, id: string, input: StopClusterInput): Promise<string[]> {
  const parsed = parseInput(StopClusterInputSchema, input, "stopCluster");
  const stop = parsed.delayTime === undefined ? { stopMode: parsed.stopMode } : { ...parsed };
  return clusterAction(sender, "stopCluster", id, { stop });
}

export const RestartClusterInputSchema = z.strictObject({
  restartDelayTime: z.number().int().min(0).optional(),
  restartMode: z.enum(["IMMEDIATELY", "FORCELY", "SOFTLY"]).optional(),
  restartLevel: z.enum(["SERVICE", "VM"]).optional(),
});
export type RestartClusterInput = z.input<typeof RestartClusterInputSchema>;

/**
 * `POST …/action {"restart":{…}}` (spec/cdm.md §2.6). `type` is always `cdm`; `instance` and `group`
 * are reserved but required as `""` when the level is `SERVICE`, which is also the default level.
 */
export async function restartCluster(
  sender: OperationSender,
  id: string,
  input: RestartClusterInput = {},
): Promise<string[]> {
  const parsed = parseInput(RestartClusterInputSchema, input, "restartCluster");
  const serviceLevel = (parsed.restartLevel ?? "SERVICE") === "SERVICE";
  const restart = {
    ...parsed,
    type: "cdm",
    ...(serviceLevel ? { instance: "", group: "" } : {}),
  };
  return clusterAction(sender, "restartCluster", id, { restart });
}
