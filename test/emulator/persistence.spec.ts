import { strict as assert } from "node:assert";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { CDM_CLUSTER_CREATE_MS } from "../../emulator/services/cdm/constants";
import { PersistedStateSchema } from "../../emulator/server/stateFile";
import { callAlibaba, callHuawei, PROJECT, type Answer } from "./helpers/clients";
import { startEmulatorProcess } from "./helpers/emulatorProcess";
import { FrozenRuntime } from "./helpers/frozenRuntime";
import { clusterBody, CONNECTOR_SAMPLES, linkBody } from "./services/cdm/cdmFixtures";

const DW = { ProjectId: 10000 };
const CDM = `/v1.1/${PROJECT}/clusters`;
const DLI = `/v1.0/${PROJECT}`;

/** Everything a caller can read back, without the per-request parts (RequestId, headers). */
function readable(answer: Answer): unknown {
  const { RequestId: _ignored, ...rest } = answer.body;
  return { status: answer.status, body: rest };
}

/**
 * The state file with the real services (issue 3 "Proof", issue 4 persistence): DataWorks objects and
 * CDM / DLI objects created through signed calls survive a stop and a start on the same file, work in
 * progress finishes after the restart, and a SIGKILLed emulator process leaves a whole, loadable file.
 */
describe("emulator persistence with the real services", () => {
  let dir: string;
  let runtime: FrozenRuntime;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "emulator-persist-"));
    runtime = new FrozenRuntime();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const start = (stateFile: string): Promise<RunningEmulator> =>
    startEmulator({ stateFile, runtime, throttle: false, persistDebounceMs: 60_000 });

  interface Created {
    businessId: number;
    fileId: number;
    clusterId: string;
  }

  /** Creates one object of each kind through signed calls, as a user's program would. */
  async function populate(emulator: RunningEmulator): Promise<Created> {
    const business = await callAlibaba(emulator, "CreateBusiness", { ...DW, BusinessName: "kept_flow" });
    const file = await callAlibaba(emulator, "CreateFile", {
      ...DW,
      FileFolderPath: "业务流程/kept_flow/MaxCompute",
      FileName: "kept_file",
      FileType: 10,
      InputList: "dp_demo_root",
      Content: "SELECT 1;",
    });
    await callAlibaba(emulator, "SubmitFile", { ...DW, FileId: Number(file.body["Data"]) });
    const dataSource = await callAlibaba(emulator, "CreateDataSource", {
      ...DW,
      Name: "kept_mysql",
      DataSourceType: "mysql",
      EnvType: 0,
      Content: JSON.stringify({
        database: "d",
        instanceName: "rm-1",
        password: "p",
        rdsOwnerId: "1",
        regionId: "cn-shanghai",
        tag: "rds",
        username: "u",
      }),
    });
    assert.equal(dataSource.status, 200, JSON.stringify(dataSource.body));
    const cluster = await callHuawei(emulator, "POST", CDM, { body: clusterBody("kept-cluster") });
    assert.equal(cluster.status, 202, JSON.stringify(cluster.body));
    const clusterId = String(cluster.body["id"]);
    emulator.advanceClock(CDM_CLUSTER_CREATE_MS);
    const link = await callHuawei(emulator, "POST", `${CDM}/${clusterId}/cdm/link`, {
      body: linkBody("kept-link", "generic-jdbc-connector", CONNECTOR_SAMPLES["generic-jdbc-connector"]!),
    });
    assert.equal(link.status, 200, JSON.stringify(link.body));
    const database = await callHuawei(emulator, "POST", `${DLI}/databases`, { body: { database_name: "kept_db" } });
    assert.equal(database.status, 200, JSON.stringify(database.body));
    return {
      businessId: Number(business.body["BusinessId"]),
      fileId: Number(file.body["Data"]),
      clusterId,
    };
  }

  /** What a caller reads back about those objects, without per-request parts. */
  async function readAll(emulator: RunningEmulator, created: Created): Promise<unknown[]> {
    const answers = [
      await callAlibaba(emulator, "GetBusiness", { ...DW, BusinessId: created.businessId }),
      await callAlibaba(emulator, "GetFile", { ...DW, FileId: created.fileId }),
      await callAlibaba(emulator, "ListDataSources", { ...DW, Name: "kept_mysql" }),
      await callHuawei(emulator, "GET", `${CDM}/${created.clusterId}`),
      await callHuawei(emulator, "GET", `${CDM}/${created.clusterId}/cdm/link/kept-link`),
      await callHuawei(emulator, "GET", `${DLI}/databases`, { query: { keyword: "kept" } }),
    ];
    for (const answer of answers) assert.equal(answer.status, 200, JSON.stringify(answer.body));
    return answers.map(readable);
  }

  it("reads DataWorks, CDM and DLI objects back intact after a stop and a start on the same file", async () => {
    const stateFile = join(dir, "state.json");
    const first = await start(stateFile);
    const created = await populate(first);
    const before = await readAll(first, created);
    const stateBefore = first.state();
    await first.close(); // the long debounce means only close() can have written the file

    const second = await start(stateFile);
    try {
      assert.deepEqual(second.state(), stateBefore);
      assert.deepEqual(await readAll(second, created), before);
    } finally {
      await second.close();
    }
  });

  it("finishes after a restart a CDM cluster that was still creating when the emulator stopped", async () => {
    const stateFile = join(dir, "creating.json");
    const first = await start(stateFile);
    const created = await callHuawei(first, "POST", CDM, { body: clusterBody("young-cluster") });
    const clusterId = String(created.body["id"]);
    first.advanceClock(CDM_CLUSTER_CREATE_MS / 2);
    assert.equal((await callHuawei(first, "GET", `${CDM}/${clusterId}`)).body["status"], "100"); // creating
    await first.close();

    const second = await start(stateFile);
    try {
      assert.equal((await callHuawei(second, "GET", `${CDM}/${clusterId}`)).body["status"], "100");
      second.advanceClock(CDM_CLUSTER_CREATE_MS / 2);
      // spec/cdm.md §2.8: 100 creating → 200 normal.
      assert.equal((await callHuawei(second, "GET", `${CDM}/${clusterId}`)).body["status"], "200");
    } finally {
      await second.close();
    }
  });

  it("finishes after a restart a DataWorks deployment that was pending when the emulator stopped", async () => {
    const stateFile = join(dir, "deploying.json");
    const first = await start(stateFile);
    await callAlibaba(first, "CreateBusiness", { ...DW, BusinessName: "pending_flow" });
    const file = await callAlibaba(first, "CreateFile", {
      ...DW,
      FileFolderPath: "业务流程/pending_flow/MaxCompute",
      FileName: "pending_file",
      FileType: 10,
      InputList: "dp_demo_root",
    });
    const submit = await callAlibaba(first, "SubmitFile", { ...DW, FileId: Number(file.body["Data"]) });
    const deploymentId = Number(submit.body["Data"]);
    const status = async (emulator: RunningEmulator): Promise<unknown> => {
      const answer = await callAlibaba(emulator, "GetDeployment", { ...DW, DeploymentId: deploymentId });
      return ((answer.body["Data"] as Record<string, Record<string, unknown>>)["Deployment"] ?? {})["Status"];
    };
    assert.equal(await status(first), 0); // spec/dataworks.md §4.3: ready, not finished
    await first.close();

    const second = await start(stateFile);
    try {
      second.advanceClock(60_000);
      assert.equal(await status(second), 1);
    } finally {
      await second.close();
    }
  });

  it("leaves a whole, loadable state file when the CLI process is SIGKILLed during a burst of writes", async function () {
    this.timeout(60_000); // a child process, on a shared machine
    const stateFile = join(dir, "killed.json");
    // persistDebounce is the default (20 ms), so the process rewrites the file again and again
    // while the burst runs.
    const cli = await startEmulatorProcess(["--state", stateFile, "--throttle", "off"]);
    try {
      const url = cli.url;
      // The child runs on the real clock: sign with real time.
      const remote = { url, now: () => Date.now() } as RunningEmulator;
      let created = 0;
      const burst = Promise.all(
        Array.from({ length: 8 }, async (_, lane) => {
          for (let i = 0; ; i++) {
            const answer = await callAlibaba(remote, "CreateBusiness", { ...DW, BusinessName: `burst_${lane}_${i}` });
            if (answer.status !== 200) throw new Error(JSON.stringify(answer.body));
            created += 1;
          }
        }),
      ).catch(() => undefined); // ends when the process dies under it
      while (created < 100 || !existsSync(stateFile)) await new Promise((r) => setTimeout(r, 5));
      cli.child.kill("SIGKILL");
      await cli.exited;
      await burst;
    } finally {
      cli.child.kill("SIGKILL");
    }

    // Never torn: the file parses and matches the schema (atomic rename, emulator/server/stateFile.ts).
    const saved = PersistedStateSchema.parse(JSON.parse(readFileSync(stateFile, "utf8")));
    const names = Object.values((saved.services["dataworks"] as { businesses: Record<string, { name: string }> }).businesses)
      .map((b) => b.name)
      .filter((name) => name.startsWith("burst_"));
    assert.ok(names.length > 0, "the file holds none of the burst");

    const again = await startEmulator({ stateFile, throttle: false });
    try {
      const listed = await callAlibaba(again, "ListBusiness", { ...DW, Keyword: "burst_", PageNumber: 1, PageSize: 1 });
      assert.equal((listed.body["Data"] as Record<string, unknown>)["TotalCount"], names.length);
    } finally {
      await again.close();
    }
  });
});
