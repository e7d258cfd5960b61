/**
 * The documented rate limits the client keeps to on its side.
 */
import type { DataWorksLevel } from "../operation";
import type { RateLimit } from "./tokenBucket";

/**
 * DataWorks: levels 1/2/3 = 50/20/5 QPS, shared by all APIs of the level, per account and region;
 * level 3 also has a daily cap of 10,000 calls (spec/dataworks.md §1.8).
 */
export const DATAWORKS_LEVEL_QPS: Readonly<Record<DataWorksLevel, number>> = { 1: 50, 2: 20, 3: 5 };
export const DATAWORKS_LEVEL3_DAILY_CAP = 10_000;

/**
 * CDM: per user and API, per minute (spec/cdm.md §1.9 table 2-1). Keys are the operations' wire
 * action names; every other CDM action is limited to `CDM_DEFAULT_PER_MINUTE` (the most common row).
 */
export const CDM_PER_MINUTE: Readonly<Record<string, number>> = {
  createCluster: 5,
  restartCluster: 20,
  deleteCluster: 20,
  startCluster: 20,
  stopCluster: 20,
  createJob: 1200,
  startJob: 1200,
  stopJob: 1200,
};
export const CDM_DEFAULT_PER_MINUTE = 120;

/**
 * DLI states no rate limit (spec/dli.md §1.9): the client does not throttle it unless configured;
 * 429 answers are still retried with backoff.
 */
export const DLI_DEFAULT_PER_SECOND: number | undefined = undefined;

/** Evenly spaced calls: a burst larger than 1 can exceed "N per second" in a fixed window. */
export const DEFAULT_BURST = 1;

export function perMinute(count: number, burst = DEFAULT_BURST): RateLimit {
  return { perSecond: count / 60, burst };
}
