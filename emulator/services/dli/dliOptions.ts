import { z } from "zod";
import { serviceOptionsReader } from "../serviceOptionsReader";
import {
  DLI_DDL_JOB_MS,
  DLI_DEFAULT_CU_SCALE_OUT_LIMIT,
  DLI_DEFAULT_USER,
  DLI_QUEUE_CREATE_MS,
  DLI_QUEUE_RESTART_MS,
  DLI_QUEUE_SCALE_MS,
} from "./constants";

/**
 * The switches of the DLI emulator (documented in docs/emulator-huawei.md). They arrive through
 * `ctx.options`, shared with other services, so unknown keys are ignored and every key is prefixed.
 */
const DliOptionsSchema = z.object({
  dliQueueCreateMs: z.number().int().nonnegative().default(DLI_QUEUE_CREATE_MS),
  dliQueueScaleMs: z.number().int().nonnegative().default(DLI_QUEUE_SCALE_MS),
  dliQueueRestartMs: z.number().int().nonnegative().default(DLI_QUEUE_RESTART_MS),
  dliDdlJobMs: z.number().int().nonnegative().default(DLI_DDL_JOB_MS),
  /** Upper bound of a queue's CUs (scaling and plans); reported as `cu_scale_out_limit`. */
  dliCuScaleOutLimit: z.number().int().positive().default(DLI_DEFAULT_CU_SCALE_OUT_LIMIT),
  /** §3.6 rule 8 (plans at least 2 hours apart) is not in the seed, so it can be switched off. */
  dliPlanIntervalRule: z.boolean().default(true),
  /** Time zone of `start_hour`/`start_minute`, minutes east of UTC (spec/dli.md §9 item 19: UTC). */
  dliPlanUtcOffsetMinutes: z.number().int().min(-720).max(840).default(0),
  /** The calling user: owner of new queues, databases and tables. */
  dliUserName: z.string().min(1).default(DLI_DEFAULT_USER),
  /** When set, `new_owner` must be one of these users (§4.4), else `DLI.0002`. */
  dliUsers: z.array(z.string()).optional(),
});

export type DliOptions = z.infer<typeof DliOptionsSchema>;

export const dliOptions: (options: Readonly<Record<string, unknown>>) => DliOptions =
  serviceOptionsReader(DliOptionsSchema);
