import { z } from "zod";
import type { HuaweiRoute } from "../../types";
import { CDM_JOB_TYPES, CDM_LIST_ALL, CDM_PAGE_SIZE_MAX, CDM_PAGE_SIZE_MIN } from "./constants";
import { findCluster } from "./findCluster";
import { findJob } from "./jobRecords";
import type { CdmState } from "./model";
import { parseBody } from "./parseBody";
import { renderJob } from "./renderJob";

/** spec/cdm.md §4.6 query parameters of the `all` listing. */
const ListQuerySchema = z.object({
  filter: z.string().optional(),
  page_no: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce
    .number()
    .int()
    .min(CDM_PAGE_SIZE_MIN)
    .max(CDM_PAGE_SIZE_MAX)
    .default(CDM_PAGE_SIZE_MIN),
  // Omitted → only `NORMAL_JOB` jobs (§4.6).
  jobType: z.enum(CDM_JOB_TYPES).default("NORMAL_JOB"),
});

/**
 * `GET …/cdm/job/{job_name}` (spec/cdm.md §4.6): one job (`total` 0), or with `job_name` = `all`
 * a page of jobs filtered by name substring and `jobType`. Missing job → 400 `Cdm.0100`.
 */
export const showJob: HuaweiRoute<CdmState> = {
  method: "GET",
  path: "/v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}",
  action: "showJob",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 120,
  handle(request, ctx) {
    const cluster = findCluster(request, ctx);
    const now = ctx.now();
    const name = request.pathParams["job_name"] ?? "";
    if (name !== CDM_LIST_ALL) {
      const job = findJob(cluster, name);
      return {
        status: 200,
        body: { total: 0, jobs: [renderJob(job, now)], page_no: 1, page_size: 10 },
      };
    }
    const query = parseBody(ListQuerySchema, Object.fromEntries(request.query));
    const matching = Object.values(cluster.jobs)
      .filter((job) => job.jobType === query.jobType)
      .filter((job) => query.filter === undefined || job.name.includes(query.filter))
      .sort((a, b) => a.id - b.id);
    const start = (query.page_no - 1) * query.page_size;
    return {
      status: 200,
      body: {
        total: matching.length,
        jobs: matching.slice(start, start + query.page_size).map((job) => renderJob(job, now)),
        page_no: query.page_no,
        page_size: query.page_size,
      },
    };
  },
};
