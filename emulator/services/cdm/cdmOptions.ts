import { z } from "zod";
import { serviceOptionsReader } from "../serviceOptionsReader";
import {
  CDM_CLUSTER_CREATE_MS,
  CDM_CLUSTER_DELETE_MS,
  CDM_CLUSTER_RESTART_MS,
  CDM_CLUSTER_START_MS,
  CDM_CLUSTER_STOP_MS,
  CDM_JOB_BOOT_MS,
  CDM_JOB_RUN_MS,
} from "./constants";

/**
 * The switches of the CDM emulator (documented in docs/emulator-huawei.md). They arrive through
 * `ctx.options`, shared with other services, so unknown keys are ignored and every key is prefixed.
 */
const CdmOptionsSchema = z.object({
  cdmClusterCreateMs: z.number().int().nonnegative().default(CDM_CLUSTER_CREATE_MS),
  cdmClusterDeleteMs: z.number().int().nonnegative().default(CDM_CLUSTER_DELETE_MS),
  cdmClusterStartMs: z.number().int().nonnegative().default(CDM_CLUSTER_START_MS),
  cdmClusterStopMs: z.number().int().nonnegative().default(CDM_CLUSTER_STOP_MS),
  cdmClusterRestartMs: z.number().int().nonnegative().default(CDM_CLUSTER_RESTART_MS),
  cdmJobBootMs: z.number().int().nonnegative().default(CDM_JOB_BOOT_MS),
  cdmJobRunMs: z.number().int().nonnegative().default(CDM_JOB_RUN_MS),
  /** Clusters whose name matches this regular expression end creation in `303`. */
  cdmFailClusterNamePattern: z.string().optional(),
  /** Start and restart of clusters whose name matches this regular expression end in `300` (§2.8). */
  cdmFailClusterActionNamePattern: z.string().optional(),
  /** `true`: every job run fails; a list: runs of the jobs with these names fail. */
  cdmFailRuns: z.union([z.boolean(), z.array(z.string())]).default(false),
  /** Links whose host/server parameters match this regular expression fail their connectivity check. */
  cdmUnreachableHostPattern: z.string().default("unreachable"),
  /** HTTP status of `Cdm.0001` for a missing cluster (spec/cdm.md Appendix D: 404; the error table says 400). */
  cdmClusterNotFoundStatus: z.union([z.literal(400), z.literal(404)]).default(404),
});

export type CdmOptions = z.infer<typeof CdmOptionsSchema>;

export const cdmOptions: (options: Readonly<Record<string, unknown>>) => CdmOptions =
  serviceOptionsReader(CdmOptionsSchema);
