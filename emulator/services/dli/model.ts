/**
 * DLI emulator state (plain JSON, persisted by the core), one slice per project (spec/dli.md §1.5:
 * the project isolates resources). Delays are stored as timestamps and settled when read.
 */

export interface DliTag {
  key: string;
  value: string;
}

/** A scheduled CU change (spec/dli.md §3). */
export interface DliPlan {
  id: number;
  planName: string;
  targetCu: number;
  startHour: number;
  startMinute: number;
  /** Upper case, without duplicates; empty = run once (§3.1). */
  repeatDay: string[];
  validDateBegin?: number;
  validDateEnd?: number;
  activate: boolean;
  lastExecuteTime?: number;
}

export interface DliQueue {
  /** Lower case (spec/dli.md §2.0). */
  name: string;
  description: string;
  owner: string;
  createdAt: number;
  /** The queue is invisible to show/list until creation completes (see docs/emulator-huawei.md). */
  readyAt: number;
  queueType: "sql" | "general";
  /** CUs currently bound; a finished scaling is folded in by `settleProject`. */
  cuCount: number;
  /** The CU value at purchase (`cu_spec`, §2.3). */
  cuSpec: number;
  resourceId: string;
  resourceMode: number;
  enterpriseProjectId: string;
  platform: string;
  labels: string[];
  tags: DliTag[];
  chargingMode?: number;
  feature?: string;
  elasticResourcePoolName?: string;
  /** A scale out/in in progress (§2.5): `cuCount` becomes `targetCu` at `endsAt`. */
  scaling?: { targetCu: number; endsAt: number; jobId: string };
  /** A forced restart in progress (§2.5): `is_restarting` until `endsAt`. */
  restartEndsAt?: number;
  plans: DliPlan[];
}

export interface DliColumn {
  column_name: string;
  type: string;
  description: string;
  is_partition_column: boolean;
}

export interface DliTable {
  /** Lower case (spec/dli.md §5.0). */
  name: string;
  dataLocation: "OBS" | "DLI" | "VIEW";
  description: string;
  columns: DliColumn[];
  selectStatement?: string;
  /** Lower case (`csv`, `parquet` …), OBS tables only. */
  dataType?: string;
  dataPath?: string;
  /** CSV / JSON options with their defaults applied (§5.1). */
  storage: Record<string, string>;
  owner: string;
  createdAt: number;
  /** Set by an asynchronous delete: the table disappears at this time. */
  deleteAt?: number;
}

export interface DliDatabase {
  /** Lower case (spec/dli.md §4.0). */
  name: string;
  description: string;
  owner: string;
  enterpriseProjectId: string;
  tags: DliTag[];
  tables: Record<string, DliTable>;
  /** Set by an asynchronous delete: the database disappears at this time. */
  deleteAt?: number;
}

/** An internally created asynchronous job (spec/dli.md §6.1). */
export interface DliJob {
  id: string;
  jobType: "DDL" | "RESTART_QUEUE" | "SCALE_QUEUE";
  statement: string;
  queueName: string;
  owner: string;
  startTime: number;
  endsAt: number;
  /** Status while running (`RUNNING`, or `SCALING` for scale jobs). */
  runningStatus: "RUNNING" | "SCALING";
  databaseName?: string;
  tableName?: string;
}

export interface DliProject {
  queues: Record<string, DliQueue>;
  databases: Record<string, DliDatabase>;
  jobs: Record<string, DliJob>;
  /** Plan ids increase per project from 1 and are never reused (§3.6 rule 10). */
  nextPlanId: number;
}

export interface DliState {
  projects: Record<string, DliProject>;
}

export function initialDliState(): DliState {
  return { projects: {} };
}
