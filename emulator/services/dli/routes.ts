import type { HuaweiRoute } from "../../types";
import { batchDeleteQueuePlans } from "./batchDeleteQueuePlans";
import { createDatabase } from "./createDatabase";
import { createQueue } from "./createQueue";
import { createQueuePlan } from "./createQueuePlan";
import { createTable } from "./createTable";
import { deleteDatabase } from "./deleteDatabase";
import { deleteQueue } from "./deleteQueue";
import { deleteQueuePlan } from "./deleteQueuePlan";
import { deleteTable } from "./deleteTable";
import { listDatabases } from "./listDatabases";
import { listQueuePlans } from "./listQueuePlans";
import { listQueues } from "./listQueues";
import { listTables } from "./listTables";
import type { DliState } from "./model";
import { queueAction } from "./queueAction";
import { showJobStatus } from "./showJobStatus";
import { showQueue } from "./showQueue";
import { showTable } from "./showTable";
import { updateDatabaseOwner } from "./updateDatabaseOwner";
import { updateQueuePlan } from "./updateQueuePlan";

/**
 * Every DLI route (spec/dli.md §2–§6). `plans/batch-delete` precedes `plans/{plan_id}` so that a
 * router matching in order never reads `batch-delete` as a plan id.
 */
export const DLI_ROUTES: readonly HuaweiRoute<DliState>[] = [
  createQueue,
  listQueues,
  showQueue,
  deleteQueue,
  queueAction,
  createQueuePlan,
  listQueuePlans,
  batchDeleteQueuePlans,
  deleteQueuePlan,
  updateQueuePlan,
  createDatabase,
  listDatabases,
  deleteDatabase,
  updateDatabaseOwner,
  createTable,
  listTables,
  showTable,
  deleteTable,
  showJobStatus,
];
