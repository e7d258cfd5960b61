import type { HuaweiRoute } from "../../types";
import { illegalParameter } from "./errors";
import { findCluster } from "./findCluster";
import { findJob } from "./jobRecords";
import type { CdmState } from "./model";
import { renderSubmission } from "./renderSubmission";

/**
 * `GET …/cdm/submissions?jname={job_name}` (spec/cdm.md §4.11): the job's runs, newest first.
 * No paging parameters are documented; `page_no` 1 and `page_size` 10 are echoed (GAP-49) and
 * every run is returned. Missing `jname` → 400 `Cdm.0014`; unknown job → 400 `Cdm.0100`.
 */
export const listSubmissions: HuaweiRoute<CdmState> = {
  method: "GET",
  path: "/v1.1/{project_id}/clusters/{cluster_id}/cdm/submissions",
  action: "listSubmissions",
  // spec/cdm.md §1.9.
  rateLimitPerMinute: 120,
  handle(request, ctx) {
    const cluster = findCluster(request, ctx);
    const name = request.query.get("jname");
    if (name === null || name === "")
      throw illegalParameter("The query parameter jname is required.");
    const job = findJob(cluster, name);
    const now = ctx.now();
    const submissions = [...job.submissions]
      .reverse()
      .map((run) => renderSubmission(job, run, now));
    return {
      status: 200,
      body: { submissions, total: submissions.length, page_no: 1, page_size: 10 },
    };
  },
};
