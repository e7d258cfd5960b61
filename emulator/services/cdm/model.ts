/**
 * CDM emulator state (plain JSON, persisted by the core). Asynchronous lifecycles are stored as
 * timestamps; the current status is derived from `ctx.now()` when read (see clusterStatus.ts and
 * submissionStatus.ts), so work in progress when the emulator stopped finishes after a restart.
 */

/** One `{name, value}` parameter as the caller sent it (values are always strings on the wire, spec/cdm.md §3.2). */
export interface CdmInput {
  name: string;
  /** A string, or (only for `fromJobConfig.formats`, spec/cdm.md §4.3) an object kept verbatim. */
  value: unknown;
}

export interface CdmConfigGroup {
  name: string;
  inputs: CdmInput[];
}

export interface CdmConfigValues {
  configs: CdmConfigGroup[];
  "extended-configs"?: { name?: string; value?: string };
  validators?: string[];
}

/** A power or restart operation in progress (or finished) on a cluster (spec/cdm.md §2.8). */
export interface CdmClusterOperation {
  kind: "start" | "stop" | "restart";
  startedAt: number;
  endsAt: number;
  /** The operation ends in `300` (failed) instead of its target status (option `cdmFailClusterActionNamePattern`). */
  fails?: boolean;
}

export interface CdmCluster {
  id: string;
  projectId: string;
  name: string;
  vpcId: string;
  subnetId: string;
  securityGroupId: string;
  availabilityZone: string;
  flavorRef: string;
  datastoreVersion: string;
  isAutoOff: boolean;
  isScheduleBootOff: boolean;
  instanceId: string;
  taskId: string;
  createdAt: number;
  /** When creation finishes (status `100` until then). */
  readyAt: number;
  /** Creation ends in `303` with `failedReasons` instead of `200`. */
  createFails: boolean;
  updatedAt: number;
  operation?: CdmClusterOperation;
  /** Set by delete: the cluster (with its links and jobs) disappears at this time. */
  deleteAt?: number;
  links: Record<string, CdmLink>;
  jobs: Record<string, CdmJob>;
}

export interface CdmLink {
  id: number;
  name: string;
  connectorName: string;
  enabled: boolean;
  configValues: CdmConfigValues;
  creationUser: string;
  creationDate: number;
  updateUser: string;
  updateDate: number;
}

/** One run of a job. Its status at any time follows from these timestamps (submissionStatus.ts). */
export interface CdmSubmission {
  id: number;
  createdAt: number;
  /** `BOOTING` until this time, then `RUNNING`. */
  bootEndsAt: number;
  /** Terminal (`outcome`) from this time on. */
  runEndsAt: number;
  outcome: "SUCCEEDED" | "FAILED";
  errorSummary?: string;
  /** Set by stop-job: the run is `FAILED` from this time on (spec/cdm.md Appendix D). */
  stoppedAt?: number;
  rows: number;
  externalId: string;
  /** Started by the random-cluster API (answers `PENDING`, spec/cdm.md §4.5). */
  random: boolean;
}

export interface CdmJob {
  id: number;
  name: string;
  jobType: string;
  fromConnectorName: string;
  fromLinkName: string;
  fromConfigValues: CdmConfigValues;
  toConnectorName: string;
  toLinkName: string;
  toConfigValues: CdmConfigValues;
  driverConfigValues: CdmConfigValues;
  creationUser: string;
  creationDate: number;
  updateUser: string;
  updateDate: number;
  /** Oldest first. */
  submissions: CdmSubmission[];
}

export interface CdmState {
  clusters: Record<string, CdmCluster>;
  nextLinkId: number;
  nextJobId: number;
  nextSubmissionId: number;
}

export function initialCdmState(): CdmState {
  return { clusters: {}, nextLinkId: 1, nextJobId: 1, nextSubmissionId: 1 };
}
