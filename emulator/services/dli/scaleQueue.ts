import type { HuaweiResponse, ServiceContext } from "../../types";
import { DLI_CU_STEP, DLI_MIN_CU } from "./constants";
import { dliOptions } from "./dliOptions";
import { recordJob } from "./dliJobs";
import { invalidParameter, notSupported } from "./errors";
import type { DliProject, DliQueue, DliState } from "./model";

/**
 * `{"action": "scale_out" | "scale_in", "cu_count": n}` (spec/dli.md §2.5): `cu_count` is the
 * delta, a positive multiple of 16 (`DLI.0001`); the result must stay within
 * [16, `dliCuScaleOutLimit`] (`DLI.0001`); a second scaling while one is pending → `DLI.0007`.
 * `cuCount` changes after `dliQueueScaleMs`; a `SCALE_QUEUE` job is `SCALING` meanwhile.
 */
export function scaleQueue(
  project: DliProject,
  queue: DliQueue,
  direction: "scale_out" | "scale_in",
  cuCount: number | undefined,
  ctx: ServiceContext<DliState>,
): HuaweiResponse {
  if (cuCount === undefined || cuCount <= 0 || cuCount % DLI_CU_STEP !== 0) {
    throw invalidParameter("cu_count must be a positive multiple of 16.");
  }
  if (queue.scaling !== undefined) {
    throw notSupported(`Queue ${queue.name} is already scaling.`);
  }
  const options = dliOptions(ctx.options);
  const targetCu = direction === "scale_out" ? queue.cuCount + cuCount : queue.cuCount - cuCount;
  if (targetCu < DLI_MIN_CU) {
    throw invalidParameter(`Queue ${queue.name} cannot be scaled in below ${DLI_MIN_CU} CUs.`);
  }
  if (targetCu > options.dliCuScaleOutLimit) {
    throw invalidParameter(
      `Queue ${queue.name} cannot be scaled out above ${options.dliCuScaleOutLimit} CUs.`,
    );
  }
  const endsAt = ctx.now() + options.dliQueueScaleMs;
  const job = recordJob(project, ctx, {
    jobType: "SCALE_QUEUE",
    statement: `SCALE QUEUE ${queue.name}`,
    queueName: queue.name,
    owner: options.dliUserName,
    endsAt,
    runningStatus: "SCALING",
  });
  queue.scaling = { targetCu, endsAt, jobId: job.id };
  // §2.5: the scale answer has no `is_success` envelope.
  return { status: 200, body: { queue_name: queue.name, result: true } };
}
