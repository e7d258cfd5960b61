import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type RunningEmulator } from "../../../../emulator";
import { callHuawei, PROJECT } from "../../helpers/clients";
import { FrozenRuntime } from "../../helpers/frozenRuntime";
import { DLI_TEST_NOW, DLI_TEST_OPTIONS } from "./dliEmulator";
import { planBody } from "./planFixtures";

describe("DLI state persistence", () => {
  let dir: string;
  let runtime: FrozenRuntime;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "dli-state-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    runtime = new FrozenRuntime(DLI_TEST_NOW);
  });

  const start = (file: string) =>
    startEmulator({
      throttle: false,
      runtime,
      stateFile: join(dir, file),
      serviceOptions: DLI_TEST_OPTIONS,
    });
  const call = (
    emulator: RunningEmulator,
    method: string,
    path: string,
    options: { body?: unknown; query?: Record<string, string> } = {},
    version = "v1.0",
  ) => callHuawei(emulator, method, `/${version}/${PROJECT}${path}`, options);

  /** Runs `before` on one emulator, restarts it from the state file, then runs `after`. */
  async function acrossRestart(
    file: string,
    before: (emulator: RunningEmulator) => Promise<void>,
    after: (emulator: RunningEmulator) => Promise<void>,
  ): Promise<void> {
    const first = await start(file);
    await before(first);
    await first.close();
    const second = await start(file);
    try {
      await after(second);
    } finally {
      await second.close();
    }
  }

  it("persistence: a queue that was being created becomes visible after a restart", async () => {
    await acrossRestart(
      "queue.json",
      async (emulator) => {
        await call(emulator, "POST", "/queues", { body: { queue_name: "q1", cu_count: 16 } });
      },
      async (emulator) => {
        assert.equal((await call(emulator, "GET", "/queues/q1")).status, 400);
        emulator.advanceClock(DLI_TEST_OPTIONS.dliQueueCreateMs);
        assert.equal((await call(emulator, "GET", "/queues/q1")).body["queueName"], "q1");
      },
    );
  });

  it("persistence: a scaling in progress finishes after a restart", async () => {
    await acrossRestart(
      "scale.json",
      async (emulator) => {
        await call(emulator, "POST", "/queues", { body: { queue_name: "q1", cu_count: 64 } });
        emulator.advanceClock(DLI_TEST_OPTIONS.dliQueueCreateMs);
        await call(emulator, "PUT", "/queues/q1/action", {
          body: { action: "scale_out", cu_count: 16 },
        });
      },
      async (emulator) => {
        assert.equal((await call(emulator, "GET", "/queues/q1")).body["cuCount"], 64);
        emulator.advanceClock(DLI_TEST_OPTIONS.dliQueueScaleMs);
        assert.equal((await call(emulator, "GET", "/queues/q1")).body["cuCount"], 80);
      },
    );
  });

  it("persistence: plans, databases and tables survive a restart", async () => {
    await acrossRestart(
      "objects.json",
      async (emulator) => {
        await call(emulator, "POST", "/queues", { body: { queue_name: "q1", cu_count: 64 } });
        emulator.advanceClock(DLI_TEST_OPTIONS.dliQueueCreateMs);
        await call(emulator, "POST", "/queues/q1/plans", { body: planBody() }, "v1");
        await call(emulator, "POST", "/databases", { body: { database_name: "db1" } });
        await call(emulator, "POST", "/databases/db1/tables", {
          body: {
            table_name: "t1",
            data_location: "DLI",
            columns: [{ column_name: "id", type: "int" }],
          },
        });
      },
      async (emulator) => {
        const plans = await call(emulator, "GET", "/queues/q1/plans", {}, "v1");
        assert.equal((plans.body["plans"] as unknown[]).length, 1);
        assert.equal((await call(emulator, "GET", "/databases/db1/tables/t1")).status, 200);
      },
    );
  });

  it("persistence: an asynchronous database delete finishes after a restart", async () => {
    let jobId = "";
    await acrossRestart(
      "drop.json",
      async (emulator) => {
        await call(emulator, "POST", "/databases", { body: { database_name: "db1" } });
        const answer = await call(emulator, "DELETE", "/databases/db1", {
          query: { async: "true" },
        });
        jobId = answer.body["job_id"] as string;
      },
      async (emulator) => {
        assert.equal(
          (await call(emulator, "GET", `/jobs/${jobId}/status`)).body["status"],
          "RUNNING",
        );
        emulator.advanceClock(DLI_TEST_OPTIONS.dliDdlJobMs);
        assert.equal(
          (await call(emulator, "GET", `/jobs/${jobId}/status`)).body["status"],
          "FINISHED",
        );
        const list = await call(emulator, "GET", "/databases");
        assert.equal(list.body["database_count"], 0);
      },
    );
  });
});
