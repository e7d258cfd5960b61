import type { HuaweiRoute } from "../../types";
import { clusterAction } from "./clusterAction";
import { createAndStartRandomClusterJob } from "./createAndStartRandomClusterJob";
import { createCluster } from "./createCluster";
import { createJob } from "./createJob";
import { createLink } from "./createLink";
import { deleteCluster } from "./deleteCluster";
import { deleteJob } from "./deleteJob";
import { deleteLink } from "./deleteLink";
import { listClusters } from "./listClusters";
import { listSubmissions } from "./listSubmissions";
import type { CdmState } from "./model";
import { showCluster } from "./showCluster";
import { showJob } from "./showJob";
import { showJobStatus } from "./showJobStatus";
import { showLink } from "./showLink";
import { startJob, startJobWithGet } from "./startJob";
import { stopJob } from "./stopJob";
import { updateJob } from "./updateJob";
import { updateLink } from "./updateLink";

/**
 * Every CDM route (spec/cdm.md §1.2 URI tree). `clusters/job` is listed before
 * `clusters/{cluster_id}` so that a router matching in order cannot read `job` as a cluster id.
 */
export const CDM_ROUTES: readonly HuaweiRoute<CdmState>[] = [
  createCluster,
  listClusters,
  createAndStartRandomClusterJob,
  showCluster,
  deleteCluster,
  clusterAction,
  createLink,
  showLink,
  updateLink,
  deleteLink,
  createJob,
  showJob,
  updateJob,
  deleteJob,
  startJob,
  startJobWithGet,
  stopJob,
  showJobStatus,
  listSubmissions,
];
