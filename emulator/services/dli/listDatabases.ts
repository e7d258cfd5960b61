import type { HuaweiRoute } from "../../types";
import type { DliDatabase, DliState } from "./model";
import { queryBoolean, queryInteger } from "./parseBody";
import { projectOf } from "./project";

/** §4.3: the `tags` filter is fuzzy on `key=value` (several separated by `,`). */
function matchesTags(database: DliDatabase, filter: string | null): boolean {
  if (filter === null || filter === "") return true;
  const own = database.tags.map((tag) => `${tag.key}=${tag.value}`);
  return filter.split(",").every((wanted) => own.some((tag) => tag.includes(wanted)));
}

/**
 * `GET /v1.0/{project_id}/databases` (spec/dli.md §4.3): `keyword` keeps names containing it,
 * `offset`/`limit` page the result; `database_count` counts the matches before paging; ordered
 * by name. Tags are not returned (filter only).
 */
export const listDatabases: HuaweiRoute<DliState> = {
  method: "GET",
  path: "/v1.0/{project_id}/databases",
  action: "listDatabases",
  handle(request, ctx) {
    const project = projectOf(request, ctx);
    const withPriv = queryBoolean(request.query, "with-priv");
    const offset = queryInteger(request.query, "offset") ?? 0;
    const limit = queryInteger(request.query, "limit");
    const keyword = (request.query.get("keyword") ?? "").toLowerCase();
    const matching = Object.values(project.databases)
      .filter((database) => database.name.includes(keyword))
      .filter((database) => matchesTags(database, request.query.get("tags")))
      .sort((a, b) => a.name.localeCompare(b.name));
    const page = matching.slice(offset, limit === undefined ? undefined : offset + limit);
    const databases = page.map((database) => {
      const item: Record<string, unknown> = {
        database_name: database.name,
        description: database.description,
        owner: database.owner,
        table_number: Object.keys(database.tables).length,
        enterprise_project_id: database.enterpriseProjectId,
      };
      if (withPriv) item["privileges"] = [];
      return item;
    });
    return {
      status: 200,
      body: { is_success: true, message: "", database_count: matching.length, databases },
    };
  },
};
