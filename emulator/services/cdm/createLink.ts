import type { HuaweiRoute } from "../../types";
import { cdmOptions } from "./cdmOptions";
import { CDM_USER } from "./constants";
import { duplicateLink } from "./errors";
import { findCluster, requireRunningCluster } from "./findCluster";
import type { CdmState } from "./model";
import { parseBody } from "./parseBody";
import { LinksBodySchema } from "./schemas";
import { validateLink } from "./validateLink";

/**
 * `POST /v1.1/{project_id}/clusters/{cluster_id}/cdm/link[?validate=true]` (spec/cdm.md §3.3).
 * With `validate=true` the link is only checked, never stored (GAP-32).
 */
export const createLink: HuaweiRoute<CdmState> = {
  method: "POST",
  path: "/v1.1/{project_id}/clusters/{cluster_id}/cdm/link",
  action: "createLink",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 120,
  handle(request, ctx) {
    const cluster = findCluster(request, ctx);
    const now = ctx.now();
    requireRunningCluster(cluster, now);
    const [link] = parseBody(LinksBodySchema, request.body, "long").links;
    if (link === undefined) throw new Error("unreachable: the schema requires one link");
    const configValues = validateLink(link, cdmOptions(ctx.options).cdmUnreachableHostPattern);
    if (cluster.links[link.name] !== undefined) throw duplicateLink(link.name);
    if (request.query.get("validate") !== "true") {
      cluster.links[link.name] = {
        id: ctx.state.nextLinkId++,
        name: link.name,
        connectorName: link["connector-name"],
        enabled: link.enabled ?? true,
        configValues: structuredClone(configValues),
        creationUser: CDM_USER,
        creationDate: now,
        updateUser: CDM_USER,
        updateDate: now,
      };
    }
    return { status: 200, body: { name: link.name, "validation-result": [] } };
  },
};
