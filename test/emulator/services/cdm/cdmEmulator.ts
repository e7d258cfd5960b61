import { strict as assert } from "node:assert";
import type { RequestLogEntry, StartEmulatorOptions } from "../../../../emulator";
import type { CdmState } from "../../../../emulator/services/cdm/model";
import { callHuawei, PROJECT, type Answer, type HuaweiCallOptions } from "../../helpers/clients";
import { FrozenRuntime } from "../../helpers/frozenRuntime";
import { openForSuite, SpecEmulator } from "../../helpers/specEmulator";
import { clusterBody, CONNECTOR_SAMPLES, jobsBody, linkBody, type JobOptions } from "./cdmFixtures";

/** Service durations the CDM specs rely on (set explicitly so that a default change cannot break them). */
export const CDM_TEST_OPTIONS = {
  cdmClusterCreateMs: 300_000,
  cdmJobBootMs: 10_000,
  cdmJobRunMs: 60_000,
} as const;

/** A well-formed cluster id that no test creates (the answer is 404 Cdm.0001, spec/cdm.md §1.8). */
export const UNKNOWN_CLUSTER = "00000000-0000-4000-8000-000000000000";

/** A sub-project of the account (spec/cdm.md §1.3), called with `X-Project-Id` (§1.5). */
export const OTHER_PROJECT = "f".repeat(32);

/** The start options a CDM spec may set besides the service options. */
export type CdmStartOptions = Pick<StartEmulatorOptions, "credentials">;

/** Start options under which the emulator's IAM also knows OTHER_PROJECT (for isolation tests). */
export const WITH_OTHER_PROJECT: CdmStartOptions = {
  credentials: { projects: [{ id: OTHER_PROJECT, name: "cn-north-4_other" }] },
};

/**
 * A real emulator on 127.0.0.1 port 0 whose real time stands still (FrozenRuntime): time moves only
 * through `advanceClock`, so every lifecycle assertion is exact. Calls are AK/SK-signed like the
 * Huawei SDK signs them; paths are given relative to `/v1.1/{project_id}`.
 */
export class CdmEmulator extends SpecEmulator {
  readonly runtime: FrozenRuntime;

  private constructor(serviceOptions: Record<string, unknown>, startOptions: CdmStartOptions = {}) {
    const runtime = new FrozenRuntime();
    super({
      ...startOptions,
      throttle: false,
      runtime,
      serviceOptions: { ...CDM_TEST_OPTIONS, ...serviceOptions },
    });
    this.runtime = runtime;
  }

  static async start(serviceOptions: Record<string, unknown> = {}): Promise<CdmEmulator> {
    const cdm = new CdmEmulator(serviceOptions);
    await cdm.open();
    return cdm;
  }

  /** One emulator for the calling `describe` block, reset before each test (see openForSuite). */
  static forEachTestOfSuite(
    serviceOptions: Record<string, unknown> = {},
    startOptions: CdmStartOptions = {},
  ): CdmEmulator {
    return openForSuite(new CdmEmulator(serviceOptions, startOptions));
  }

  /** A signed call to `/v1.1/{project_id}{path}`. */
  call(method: string, path: string, options: HuaweiCallOptions = {}): Promise<Answer> {
    return callHuawei(this.emulator, method, `/v1.1/${PROJECT}${path}`, options);
  }

  /** A signed call to `/v1.1/{projectId}{path}` with `X-Project-Id` set (spec/cdm.md §1.5). */
  callInProject(
    projectId: string,
    method: string,
    path: string,
    options: HuaweiCallOptions = {},
  ): Promise<Answer> {
    return callHuawei(this.emulator, method, `/v1.1/${projectId}${path}`, {
      ...options,
      projectId,
    });
  }

  /** The body of a call that must succeed with `status`. */
  async ok(
    method: string,
    path: string,
    options: HuaweiCallOptions = {},
    status = 200,
  ): Promise<Record<string, any>> {
    const answer = await this.call(method, path, options);
    assert.equal(answer.status, status, JSON.stringify(answer.body));
    return answer.body as Record<string, any>;
  }

  /** The CDM slice of the emulator state. */
  state(): CdmState {
    return this.emulator.state()["cdm"] as CdmState;
  }

  /** The request-log entries of one CDM action. */
  requests(action: string): RequestLogEntry[] {
    return this.emulator.requests({ service: "cdm", action });
  }

  /** Sends a create-cluster body that must be accepted (202, spec/cdm.md §2.2); answers the id. */
  async createCluster(body: unknown = clusterBody()): Promise<string> {
    return (await this.ok("POST", "/clusters", { body }, 202))["id"] as string;
  }

  /** The show-cluster body of a cluster that must exist (spec/cdm.md §2.3). */
  showCluster(id: string): Promise<Record<string, any>> {
    return this.ok("GET", `/clusters/${id}`);
  }

  /** The `status` code show-cluster answers for a cluster (spec/cdm.md §2.3, §2.8). */
  async clusterStatus(id: string): Promise<string> {
    return (await this.showCluster(id))["status"] as string;
  }

  /** Creates a cluster and moves the clock past its creation; returns its id. */
  async runningCluster(name = "cdm-test"): Promise<string> {
    const body = await this.ok("POST", "/clusters", { body: clusterBody(name) }, 202);
    this.advance(CDM_TEST_OPTIONS.cdmClusterCreateMs);
    return body["id"] as string;
  }

  /** Creates a link from the seed's sample parameters of `connector`. */
  async link(clusterId: string, name: string, connector: string): Promise<void> {
    await this.ok("POST", `/clusters/${clusterId}/cdm/link`, {
      body: linkBody(name, connector, CONNECTOR_SAMPLES[connector] ?? {}),
    });
  }

  /** A running cluster with `mysql_link` (JDBC) and `obs_link` (OBS), the default job's links. */
  async clusterWithLinks(): Promise<string> {
    const id = await this.runningCluster();
    await this.link(id, "mysql_link", "generic-jdbc-connector");
    await this.link(id, "obs_link", "obs-connector");
    return id;
  }

  /** A running cluster with the default job's links and the default job `mysql2obs` (not run). */
  async clusterWithJob(): Promise<string> {
    const id = await this.clusterWithLinks();
    await this.job(id);
    return id;
  }

  /** Creates a job (default: MySQL → OBS `mysql2obs`) on the cluster. */
  async job(clusterId: string, options: JobOptions = {}): Promise<void> {
    await this.ok("POST", `/clusters/${clusterId}/cdm/job`, { body: jobsBody(options) });
  }

  /** Starts a job and answers the start body. */
  start(clusterId: string, jobName = "mysql2obs"): Promise<Record<string, any>> {
    return this.ok("PUT", `/clusters/${clusterId}/cdm/job/${jobName}/start`, {
      body: { variables: {} },
    });
  }
}

/** Asserts a CDM short error body `{errCode, externalMessage}` with the given status and code. */
export function assertShortError(answer: Answer, status: number, code: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.deepEqual(Object.keys(answer.body).sort(), ["errCode", "externalMessage"]);
  assert.equal(answer.body["errCode"], code);
  assert.equal(typeof answer.body["externalMessage"], "string");
}

/** Asserts a CDM long error body `{code, errCode, message, externalMessage}` (spec/cdm.md §1.8). */
export function assertLongError(answer: Answer, status: number, code: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.deepEqual(Object.keys(answer.body).sort(), [
    "code",
    "errCode",
    "externalMessage",
    "message",
  ]);
  assert.equal(answer.body["code"], code);
  assert.equal(answer.body["errCode"], code);
  assert.equal(answer.body["message"], answer.body["externalMessage"]);
}
