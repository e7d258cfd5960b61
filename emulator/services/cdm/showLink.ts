import type { HuaweiRoute } from "../../types";
import { linkNotFound } from "./errors";
import { findCluster } from "./findCluster";
import type { CdmState } from "./model";
import { renderLink } from "./renderLink";

/** `GET …/cdm/link/{link_name}` (spec/cdm.md §3.4); missing → 400 `Cdm.0101` (Appendix D). */
export const showLink: HuaweiRoute<CdmState> = {
  method: "GET",
  path: "/v1.1/{project_id}/clusters/{cluster_id}/cdm/link/{link_name}",
  action: "showLink",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 120,
  handle(request, ctx) {
    const cluster = findCluster(request, ctx);
    const name = request.pathParams["link_name"] ?? "";
    const link = cluster.links[name];
    if (link === undefined) throw linkNotFound(name);
    return {
      status: 200,
      body: { links: [renderLink(link)], "fromTo-unMapping": "", "batchFromTo-mapping": "" },
    };
  },
};
