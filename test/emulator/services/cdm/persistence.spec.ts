import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type RunningEmulator } from "../../../../emulator";
import { callHuawei, PROJECT } from "../../helpers/clients";
import { FrozenRuntime } from "../../helpers/frozenRuntime";
import { CDM_TEST_OPTIONS } from "./cdmEmulator";
import { clusterBody, CONNECTOR_SAMPLES, jobsBody, linkBody } from "./cdmFixtures";

describe("CDM state persistence", () => {
  let dir: string;
  let runtime: FrozenRuntime;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "cdm-state-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const start = (file: string) =>
    startEmulator({
      throttle: false,
      runtime,
      stateFile: join(dir, file),
      serviceOptions: CDM_TEST_OPTIONS,
    });
  const call = (emulator: RunningEmulator, method: string, path: string, body?: unknown) =>
    callHuawei(emulator, method, `/v1.1/${PROJECT}${path}`, body === undefined ? {} : { body });

  beforeEach(() => {
    runtime = new FrozenRuntime();
  });

  it("persistence: a cluster that was creating when the emulator stopped becomes normal after restart", async () => {
    const first = await start("creating.json");
    const id = (await call(first, "POST", "/clusters", clusterBody("c1"))).body["id"] as string;
    first.advanceClock(60_000);
    await first.close();
    const second = await start("creating.json");
    try {
      assert.equal((await call(second, "GET", `/clusters/${id}`)).body["status"], "100");
      second.advanceClock(CDM_TEST_OPTIONS.cdmClusterCreateMs);
      assert.equal((await call(second, "GET", `/clusters/${id}`)).body["status"], "200");
    } finally {
      await second.close();
    }
  });

  it("persistence: links, jobs and a run in progress survive a restart and the run finishes", async () => {
    const first = await start("run.json");
    const id = (await call(first, "POST", "/clusters", clusterBody("c1"))).body["id"] as string;
    first.advanceClock(CDM_TEST_OPTIONS.cdmClusterCreateMs);
    for (const [name, connector] of [
      ["mysql_link", "generic-jdbc-connector"],
      ["obs_link", "obs-connector"],
    ] as const) {
      await call(
        first,
        "POST",
        `/clusters/${id}/cdm/link`,
        linkBody(name, connector, CONNECTOR_SAMPLES[connector]!),
      );
    }
    await call(first, "POST", `/clusters/${id}/cdm/job`, jobsBody());
    await call(first, "PUT", `/clusters/${id}/cdm/job/mysql2obs/start`, {});
    await first.close();
    const second = await start("run.json");
    try {
      const link = await call(second, "GET", `/clusters/${id}/cdm/link/obs_link`);
      assert.equal(link.status, 200);
      const booting = await call(second, "GET", `/clusters/${id}/cdm/job/mysql2obs/status`);
      assert.equal((booting.body["submissions"] as any[])[0]["status"], "BOOTING");
      second.advanceClock(70_000);
      const done = await call(second, "GET", `/clusters/${id}/cdm/job/mysql2obs/status`);
      assert.equal((done.body["submissions"] as any[])[0]["status"], "SUCCEEDED");
    } finally {
      await second.close();
    }
  });
});
