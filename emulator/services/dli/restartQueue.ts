import type { HuaweiResponse, ServiceContext } from "../../types";
import { dliOptions } from "./dliOptions";
import { recordJob } from "./dliJobs";
import { notSupported } from "./errors";
import type { DliProject, DliQueue, DliState } from "./model";

/**
 * `{"action": "restart"}` (spec/dli.md §2.5): SQL queues only (else `DLI.0007`). Without `force`
 * it is synchronous; with `force` a `RESTART_QUEUE` job runs for `dliQueueRestartMs` and the list
 * shows `is_restarting: true` meanwhile.
 */
export function restartQueue(
  project: DliProject,
  queue: DliQueue,
  force: boolean,
  ctx: ServiceContext<DliState>,
): HuaweiResponse {
  if (queue.queueType !== "sql") {
    throw notSupported(
      `Only SQL queues can be restarted; queue ${queue.name} is ${queue.queueType}.`,
    );
  }
  if (!force) return { status: 200, body: { is_success: true, message: "Restart success" } };
  const options = dliOptions(ctx.options);
  const endsAt = ctx.now() + options.dliQueueRestartMs;
  const job = recordJob(project, ctx, {
    jobType: "RESTART_QUEUE",
    statement: `RESTART QUEUE ${queue.name}`,
    queueName: queue.name,
    owner: options.dliUserName,
    endsAt,
    runningStatus: "RUNNING",
  });
  queue.restartEndsAt = endsAt;
  return {
    status: 200,
    body: {
      is_success: true,
      message:
        "Submit restart job success, it need some time to cancel jobs, please wait for a while and check job status",
      job_id: job.id,
    },
  };
}
