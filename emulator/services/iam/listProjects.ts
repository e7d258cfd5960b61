import type { HuaweiRequest, HuaweiResponse, ServiceContext } from "../../types";
import type { IamState } from "./model";

/**
 * `GET /v3/projects[?name=…]` — how a user finds the project id (spec/dli.md §1.5, response shape
 * from seed §14.3).
 */
export function listProjects(
  request: HuaweiRequest,
  ctx: ServiceContext<IamState>,
): HuaweiResponse {
  const base = `http://${request.headers["host"] ?? "127.0.0.1"}/v3/projects`;
  const name = request.query.get("name");
  const projects = (ctx.credentials?.projects ?? [])
    .filter((p) => name === null || p.name === name)
    .map((p) => ({
      domain_id: "",
      is_domain: false,
      parent_id: "",
      name: p.name,
      description: "",
      links: { next: null, previous: null, self: `${base}/${p.id}` },
      id: p.id,
      enabled: true,
    }));
  return { status: 200, body: { projects, links: { next: null, previous: null, self: base } } };
}
