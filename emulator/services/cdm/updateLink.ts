import type { HuaweiRoute } from "../../types";
import { cdmOptions } from "./cdmOptions";
import { CDM_USER } from "./constants";
import { illegalParameter, linkUpdateNotFound } from "./errors";
import { findCluster, requireRunningCluster } from "./findCluster";
import type { CdmState } from "./model";
import { parseBody } from "./parseBody";
import { LinksBodySchema } from "./schemas";
import { validateLink } from "./validateLink";

/**
 * `PUT …/cdm/link/{link_name}` (spec/cdm.md §3.4): a full replacement of the link's parameters.
 * Missing → 400 `Cdm.0316`; renaming or changing the connector → 400 `Cdm.0014` (GAP-31).
 */
export const updateLink: HuaweiRoute<CdmState> = {
  method: "PUT",
  path: "/v1.1/{project_id}/clusters/{cluster_id}/cdm/link/{link_name}",
  action: "updateLink",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 120,
  handle(request, ctx) {
    const cluster = findCluster(request, ctx);
    const name = request.pathParams["link_name"] ?? "";
    const existing = cluster.links[name];
    if (existing === undefined) throw linkUpdateNotFound(name);
    const now = ctx.now();
    requireRunningCluster(cluster, now);
    const [link] = parseBody(LinksBodySchema, request.body, "long").links;
    if (link === undefined) throw new Error("unreachable: the schema requires one link");
    if (link.name !== name) {
      throw illegalParameter(
        `The link name ${link.name} does not match the path name ${name}.`,
        "long",
      );
    }
    if (link["connector-name"] !== existing.connectorName) {
      throw illegalParameter("The connector of an existing link cannot be changed.", "long");
    }
    const configValues = validateLink(link, cdmOptions(ctx.options).cdmUnreachableHostPattern);
    existing.configValues = structuredClone(configValues);
    existing.enabled = link.enabled ?? true;
    existing.updateUser = CDM_USER;
    existing.updateDate = now;
    return { status: 200, body: { "validation-result": [] } };
  },
};
