import type { HuaweiRoute } from "../../types";
import { cdmOptions } from "./cdmOptions";
import { CDM_DEFAULT_VERSION, CDM_FLAVORS } from "./constants";
import { illegalParameter } from "./errors";
import type { CdmCluster, CdmState } from "./model";
import { parseBody } from "./parseBody";
import { CreateClusterBodySchema } from "./schemas";

const hex32 = (uuid: string): string => uuid.replace(/-/g, "");

/**
 * `POST /v1.1/{project_id}/clusters` (spec/cdm.md §2.2): answers 202 at once; the cluster is
 * `100` (creating) until `cdmClusterCreateMs` has passed, then `200` (or `303`, see options).
 */
export const createCluster: HuaweiRoute<CdmState> = {
  method: "POST",
  path: "/v1.1/{project_id}/clusters",
  action: "createCluster",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 5,
  handle(request, ctx) {
    const body = parseBody(CreateClusterBodySchema, request.body);
    const spec = body.cluster;
    const first = spec.instances[0];
    const nic = first?.nics[0];
    if (first === undefined || nic === undefined)
      throw illegalParameter("cluster.instances is empty.");
    if (CDM_FLAVORS[first.flavorRef] === undefined) {
      throw illegalParameter(`Illegal parameter flavorRef: unknown flavor ${first.flavorRef}.`);
    }
    // spec/cdm.md §2.2: scheduled power on/off cannot be enabled together with auto power-off.
    if (spec.isAutoOff === true && spec.isScheduleBootOff === true) {
      throw illegalParameter("isAutoOff and isScheduleBootOff cannot both be enabled.");
    }
    const options = cdmOptions(ctx.options);
    const now = ctx.now();
    const pattern = options.cdmFailClusterNamePattern;
    const cluster: CdmCluster = {
      id: ctx.newId(),
      projectId: request.projectId,
      name: spec.name,
      vpcId: spec.vpcId ?? spec.vpclId ?? spec.vpId ?? spec.vpclid ?? "",
      subnetId: nic["net-id"],
      securityGroupId: nic.securityGroupId,
      availabilityZone: first.availability_zone,
      flavorRef: first.flavorRef,
      datastoreVersion: spec.datastore?.version ?? CDM_DEFAULT_VERSION,
      isAutoOff: spec.isAutoOff ?? false,
      isScheduleBootOff: spec.isScheduleBootOff ?? false,
      instanceId: ctx.newId(),
      taskId: hex32(ctx.newId()),
      createdAt: now,
      readyAt: now + options.cdmClusterCreateMs,
      createFails: pattern !== undefined && new RegExp(pattern).test(spec.name),
      updatedAt: now,
      links: {},
      jobs: {},
    };
    ctx.state.clusters[cluster.id] = cluster;
    return {
      status: 202,
      body: {
        id: cluster.id,
        name: cluster.name,
        task: { id: cluster.taskId, name: "createCluster" },
        datastore: { type: "cdm", version: cluster.datastoreVersion },
        instances: [
          {
            id: cluster.instanceId,
            name: `${cluster.name}-cdm-dn-1-1`,
            type: "cdm",
            shard_id: "dn-1",
          },
        ],
      },
    };
  },
};
