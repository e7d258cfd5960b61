import { z } from "zod";
import type { HuaweiRoute } from "../../types";
import { DLI_CREATE_CU_COUNTS, DLI_NAME_PATTERN } from "./constants";
import { dliOptions } from "./dliOptions";
import { alreadyExists } from "./errors";
import type { DliQueue, DliState } from "./model";
import { parseBody } from "./parseBody";
import { projectOf } from "./project";

/** spec/dli.md §2.1 request body (plus the three newer fields it lists as outside the seed). */
const CreateQueueBodySchema = z.object({
  queue_name: z.string().regex(DLI_NAME_PATTERN, {
    error: "queue_name: only digits, letters and _, not all digits, not starting with _, 1-128",
  }),
  queue_type: z.enum(["sql", "general"]).default("sql"),
  description: z.string().default(""),
  cu_count: z
    .number()
    .int()
    .refine((count) => DLI_CREATE_CU_COUNTS.includes(count), {
      error: "cu_count must be 16, 64 or 256",
    }),
  enterprise_project_id: z.string().default("0"),
  platform: z.enum(["x86_64", "aarch64"]).default("x86_64"),
  resource_mode: z.union([z.literal(0), z.literal(1)]).default(0),
  labels: z
    .array(z.literal("multi_az=2", { error: "labels: only multi_az=2 is supported" }))
    .default([]),
  tags: z.array(z.object({ key: z.string().min(1), value: z.string() })).default([]),
  charging_mode: z.literal(1, { error: "charging_mode can only be 1" }).optional(),
  feature: z.enum(["basic", "ai"]).optional(),
  elastic_resource_pool_name: z
    .string()
    .regex(/^(?!_)(?![0-9]+$)[a-z0-9_]{1,128}$/)
    .optional(),
});

/**
 * `POST /v1.0/{project_id}/queues` (spec/dli.md §2.1). The name is stored lower-cased; the queue
 * becomes visible after `dliQueueCreateMs` (the brief not-found window of §2.6 step 2). Duplicate
 * names (also while creating) → 400 `DLI.0006`.
 */
export const createQueue: HuaweiRoute<DliState> = {
  method: "POST",
  path: "/v1.0/{project_id}/queues",
  action: "createQueue",
  handle(request, ctx) {
    const body = parseBody(CreateQueueBodySchema, request.body);
    const project = projectOf(request, ctx);
    const name = body.queue_name.toLowerCase();
    if (project.queues[name] !== undefined) throw alreadyExists(`Queue ${name} already exists.`);
    const options = dliOptions(ctx.options);
    const now = ctx.now();
    const queue: DliQueue = {
      name,
      description: body.description,
      owner: options.dliUserName,
      createdAt: now,
      readyAt: now + options.dliQueueCreateMs,
      queueType: body.queue_type,
      cuCount: body.cu_count,
      cuSpec: body.cu_count,
      resourceId: ctx.newId(),
      resourceMode: body.resource_mode,
      enterpriseProjectId: body.enterprise_project_id,
      platform: body.platform,
      labels: body.labels,
      tags: body.tags,
      plans: [],
    };
    if (body.charging_mode !== undefined) queue.chargingMode = body.charging_mode;
    if (body.feature !== undefined) queue.feature = body.feature;
    if (body.elastic_resource_pool_name !== undefined) {
      queue.elasticResourcePoolName = body.elastic_resource_pool_name;
    }
    project.queues[name] = queue;
    return { status: 200, body: { is_success: true, message: "", queue_name: name } };
  },
};
