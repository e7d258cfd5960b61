import { strict as assert } from "node:assert";
import type { RequestLogEntry } from "../../../../emulator";
import type { DliProject, DliState } from "../../../../emulator/services/dli/model";
import { callHuawei, PROJECT, type Answer, type HuaweiCallOptions } from "../../helpers/clients";
import { FrozenRuntime } from "../../helpers/frozenRuntime";
import { openForSuite, SpecEmulator } from "../../helpers/specEmulator";

/** Service durations the DLI specs rely on (explicit, so that a default change cannot break them). */
export const DLI_TEST_OPTIONS = {
  dliQueueCreateMs: 10_000,
  dliQueueScaleMs: 2_000,
  dliQueueRestartMs: 2_000,
  dliDdlJobMs: 2_000,
} as const;

/** 2025-03-14T07:00:00Z (a Friday), the frozen real time of every DLI spec. */
export const DLI_TEST_NOW = Date.UTC(2025, 2, 14, 7, 0, 0);

/**
 * A real emulator on 127.0.0.1 port 0 whose real time stands still (FrozenRuntime): time moves only
 * through `advanceClock`. Calls are AK/SK-signed; paths are given after `/{version}/{project_id}`.
 */
export class DliEmulator extends SpecEmulator {
  private constructor(serviceOptions: Record<string, unknown>) {
    super({
      throttle: false,
      runtime: new FrozenRuntime(DLI_TEST_NOW),
      serviceOptions: { ...DLI_TEST_OPTIONS, ...serviceOptions },
    });
  }

  static async start(serviceOptions: Record<string, unknown> = {}): Promise<DliEmulator> {
    const dli = new DliEmulator(serviceOptions);
    await dli.open();
    return dli;
  }

  /** One emulator for the calling `describe` block, reset before each test (see openForSuite). */
  static forEachTestOfSuite(serviceOptions: Record<string, unknown> = {}): DliEmulator {
    return openForSuite(new DliEmulator(serviceOptions));
  }

  /** A signed call to `/v1.0/{project_id}{path}` (or another version prefix). */
  call(
    method: string,
    path: string,
    options: HuaweiCallOptions = {},
    version = "v1.0",
  ): Promise<Answer> {
    return callHuawei(this.emulator, method, `/${version}/${PROJECT}${path}`, options);
  }

  /** The body of a call that must answer 200. */
  async ok(
    method: string,
    path: string,
    options: HuaweiCallOptions = {},
    version = "v1.0",
  ): Promise<Record<string, any>> {
    const answer = await this.call(method, path, options, version);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    return answer.body as Record<string, any>;
  }

  /** The default project's DLI slice of the emulator state. */
  project(): DliProject {
    const state = this.emulator.state()["dli"] as DliState;
    const project = state.projects[PROJECT];
    assert.ok(project, "the project has no DLI state yet");
    return project;
  }

  requests(action: string): RequestLogEntry[] {
    return this.emulator.requests({ service: "dli", action });
  }

  /** Creates a queue and moves the clock past its creation. */
  async queue(name = "queue1", cuCount = 64, queueType = "sql"): Promise<void> {
    await this.ok("POST", "/queues", {
      body: { queue_name: name, cu_count: cuCount, queue_type: queueType },
    });
    this.advance(DLI_TEST_OPTIONS.dliQueueCreateMs);
  }

  async database(name = "db1"): Promise<void> {
    await this.ok("POST", "/databases", {
      body: { database_name: name, description: "this is for test" },
    });
  }

  /** A DLI (managed) table with two columns. */
  async table(database = "db1", name = "tb1"): Promise<void> {
    await this.ok("POST", `/databases/${database}/tables`, {
      body: {
        table_name: name,
        data_location: "DLI",
        columns: [
          { column_name: "id", type: "int" },
          { column_name: "name", type: "string" },
        ],
      },
    });
  }
}

/** Asserts DLI's error body `{error_code, error_msg}` (spec/dli.md §1.7) with status and code. */
export function assertDliError(answer: Answer, status: number, code: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.deepEqual(Object.keys(answer.body).sort(), ["error_code", "error_msg"]);
  assert.equal(answer.body["error_code"], code);
  assert.equal(typeof answer.body["error_msg"], "string");
}
