import { z } from "zod";
import type { HuaweiRoute } from "../../types";
import { dliOptions } from "./dliOptions";
import { currentCu } from "./findQueue";
import type { DliQueue, DliState } from "./model";
import { parseBody } from "./parseBody";
import { projectOf } from "./project";
import { renderQueueListItem } from "./renderQueue";

/** spec/dli.md §2.3 query parameters. */
const ListQueuesQuerySchema = z.object({
  queue_type: z.enum(["sql", "general", "all"]).default("sql"),
  "with-priv": z.string().optional(),
  "page-size": z.coerce.number().int().min(1).optional(),
  "current-page": z.coerce.number().int().min(1).default(1),
  order: z
    .enum(["queue_name_asc", "queue_name_desc", "cu_asc", "cu_desc"])
    .default("queue_name_asc"),
  tags: z.string().optional(),
});

function matchesTags(queue: DliQueue, filter: string | undefined): boolean {
  if (filter === undefined || filter === "") return true;
  const own = queue.tags.map((tag) => `${tag.key}=${tag.value}`);
  return filter.split(",").every((wanted) => own.some((tag) => tag.includes(wanted)));
}

/**
 * `GET /v1.0/{project_id}/queues` (spec/dli.md §2.3): `queue_type` defaults to `sql` (a general
 * queue is only listed with `general` or `all`); no paging unless `page-size` is given.
 */
export const listQueues: HuaweiRoute<DliState> = {
  method: "GET",
  path: "/v1.0/{project_id}/queues",
  action: "listQueues",
  handle(request, ctx) {
    const query = parseBody(ListQueuesQuerySchema, Object.fromEntries(request.query));
    const project = projectOf(request, ctx);
    const now = ctx.now();
    const limit = dliOptions(ctx.options).dliCuScaleOutLimit;
    const byName = (a: DliQueue, b: DliQueue): number => a.name.localeCompare(b.name);
    const byCu = (a: DliQueue, b: DliQueue): number => currentCu(a, now) - currentCu(b, now);
    const order = {
      queue_name_asc: byName,
      queue_name_desc: (a: DliQueue, b: DliQueue) => byName(b, a),
      cu_asc: (a: DliQueue, b: DliQueue) => byCu(a, b) || byName(a, b),
      cu_desc: (a: DliQueue, b: DliQueue) => byCu(b, a) || byName(a, b),
    }[query.order];
    const matching = Object.values(project.queues)
      .filter((queue) => now >= queue.readyAt)
      .filter((queue) => query.queue_type === "all" || queue.queueType === query.queue_type)
      .filter((queue) => matchesTags(queue, query.tags))
      .sort(order);
    const size = query["page-size"] ?? matching.length;
    const start = (query["current-page"] - 1) * size;
    const page = query["page-size"] === undefined ? matching : matching.slice(start, start + size);
    return {
      status: 200,
      body: {
        is_success: true,
        message: "",
        queues: page.map((queue) => renderQueueListItem(queue, now, limit)),
      },
    };
  },
};
