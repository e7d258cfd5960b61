import { strict as assert } from "node:assert";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import {
  createBusiness,
  deleteFile,
  getFile,
  updateFile,
  type CloudClient,
} from "../../../provider";
import { File, type FileArgs } from "../../../resources/dataworks/file";
import { dataWorksClient } from "../../../resources/dataworks/dataWorksClient";
import { declareResources } from "../../../testing/declareResources";
import { emulatorStackConfig } from "../../../testing/emulatorStackConfig";
import { MiniEngine, type DeclaredResource } from "../../../testing/miniEngine";
import { ProviderHost } from "../../../testing/providerHost";
import { UNKNOWN_VALUE } from "../../../testing/wireValues";

const ROOT = resolve(__dirname, "../../..");
const URN = "urn:pulumi:dev::test::pulumi-nodejs:dynamic/dataworks:File::ods";
const BROKEN_URN = "urn:pulumi:dev::test::pulumi-nodejs:dynamic/dataworks:File::broken";
/** Emulator seconds per real second: a deployment (≤ 4 emulator seconds) finishes in milliseconds. */
const TIME_SCALE = 1_000;

/**
 * `dataworks.File` through the SDK's real provider host, driven as the engine drives it
 * (engine.md §2.4) against the emulator: every lifecycle step, with assertions on the emulator's
 * request log and state.
 */
describe("dataworks.File through the provider host", function () {
  this.timeout(60_000);
  let emulator: RunningEmulator;
  let host: ProviderHost;
  let engine: MiniEngine;
  let consoleUser: CloudClient;

  const args = (overrides: Partial<FileArgs> = {}): FileArgs => ({
    projectId: 10000,
    folderPath: "业务流程/etl/MaxCompute/ods",
    fileName: "ods_user_info_d",
    fileType: 10,
    content: "SELECT 1;",
    cronExpress: "00 30 05 * * ?",
    ...overrides,
  });
  const program = (overrides: Partial<FileArgs> = {}): Promise<DeclaredResource[]> =>
    declareResources(() => [new File("ods", args(overrides))]);
  const up = async (overrides: Partial<FileArgs> = {}) => engine.up(await program(overrides));
  const actions = () => emulator.requests({ service: "dataworks" }).map((entry) => entry.action);
  const paramsOf = (action: string) =>
    emulator
      .requests({ service: "dataworks", action })
      .map((entry) => entry.parameters as Record<string, unknown>);
  const fileIdOf = (urn: string) => Number(engine.state.get(urn)!.id.split("/")[1]);
  const count = (action: string) => actions().filter((a) => a === action).length;

  before(async () => {
    assert.ok(
      existsSync(resolve(ROOT, "dist/resources/dataworks/file.js")),
      "run `npm run build` first",
    );
    // Signatures are checked against the scaled emulator clock: widen the accepted skew to match.
    emulator = await startEmulator({
      port: 0,
      throttle: false,
      timeScale: TIME_SCALE,
      clockSkewMs: 365 * 86_400_000,
    });
    // Every status poll is answered ≥ 10 emulator seconds after the package started: no real waits.
    emulator.setFault({ kind: "latency", action: "GetDeployment", latencyMs: 10 });
    const stack = emulatorStackConfig(emulator);
    consoleUser = dataWorksClient(
      {
        config: Object.fromEntries(
          Object.entries(stack.config).map(([k, v]) => [k.split(":")[1]!, v]),
        ),
        env: {},
      },
      { throttle: { enabled: false } },
    );
    await createBusiness(consoleUser, { projectId: 10000, businessName: "etl" });
    host = await ProviderHost.start({
      cwd: ROOT,
      env: { ALIBABA_CLOUD_ACCESS_KEY_ID: "", ALIBABA_CLOUD_ACCESS_KEY_SECRET: "" },
    });
    engine = new MiniEngine(host, {
      config: { ...stack.config, "test:unrelated": "x", "aws:region": "eu-west-1" },
      secretConfig: stack.secretConfig,
    });
    const loaded = await engine.loadProvider();
    assert.equal(loaded.acceptSecrets, false);
    emulator.clearRequests();
  });
  after(async () => {
    await host?.close();
    await emulator?.close();
  });

  it("previews a new file with unknown inputs through Check only, without calling DataWorks", async () => {
    const [declared] = await program();
    const result = await engine.preview([
      { ...declared!, inputs: { ...declared!.inputs, content: UNKNOWN_VALUE } },
    ]);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(
      result.steps.map((s) => s.op),
      ["create"],
    );
    assert.deepEqual(actions(), []);
  });

  it("creates, submits and deploys the file with the credentials from the secret stack config", async () => {
    const result = await up();
    assert.deepEqual(result.errors, []);
    const entry = engine.state.get(URN)!;
    assert.match(entry.id, /^10000\/\d+$/);
    assert.equal(entry.outputs.deployedVersion, 1);
    assert.equal(entry.outputs.lastDeploymentStatus, "success");
    assert.deepEqual([count("CreateFile"), count("SubmitFile"), count("DeployFile")], [1, 1, 1]);
    const live = await getFile(consoleUser, { projectId: 10000, fileId: fileIdOf(URN) });
    assert.equal(live.file.content, "SELECT 1;");
    assert.ok(
      host.output.some((line) =>
        /deploying dataworks\.File ods_user_info_d .*: succeeded/.test(line),
      ),
    );
  });

  it("keeps the access key secret out of the state and the host's output", () => {
    const secret = emulator.credentials.alibaba[0]!.accessKeySecret;
    assert.equal(JSON.stringify([...engine.state.values()]).includes(secret), false);
    assert.equal(host.output.join("\n").includes(secret), false);
  });

  it("does nothing on an up without changes", async () => {
    emulator.clearRequests();
    const result = await up();
    assert.deepEqual(
      result.steps.map((s) => s.op),
      ["same"],
    );
    assert.deepEqual(actions(), []);
  });

  it("updates the content in place, sending only that field, then submits and deploys again", async () => {
    emulator.clearRequests();
    const result = await up({ content: "SELECT 2;" });
    assert.deepEqual(
      result.steps.map((s) => s.op),
      ["update"],
    );
    const [params] = paramsOf("UpdateFile");
    assert.equal(params!.Content, "SELECT 2;");
    assert.equal(params!.CronExpress, undefined);
    assert.equal(params!.FileName, undefined);
    assert.deepEqual([count("CreateFile"), count("SubmitFile"), count("DeployFile")], [0, 1, 1]);
    assert.equal(engine.state.get(URN)!.outputs.deployedVersion, 2);
  });

  it("shows content edited in the console after a refresh and restores the program's on the next up", async () => {
    const fileId = fileIdOf(URN);
    await updateFile(consoleUser, {
      projectId: 10000,
      fileId,
      content: "SELECT 'console';",
      autoRerunTimes: 3,
    });
    const refreshed = await engine.refresh();
    assert.deepEqual(
      refreshed.steps.map((s) => s.op),
      ["read"],
    );
    const entry = engine.state.get(URN)!;
    assert.equal(entry.outputs.content, "SELECT 'console';");
    assert.equal(entry.inputs.submit, false);
    emulator.clearRequests();
    const result = await up({ content: "SELECT 2;" });
    assert.deepEqual(
      result.steps.map((s) => s.op),
      ["update"],
    );
    assert.equal((await getFile(consoleUser, { projectId: 10000, fileId })).file.content, "SELECT 2;");
    assert.equal(count("DeployFile"), 1);
  });

  it("replaces the file, deleting the old one first, when its type changes", async () => {
    const oldId = engine.state.get(URN)!.id;
    emulator.clearRequests();
    const result = await up({ content: "SELECT 2;", fileType: 6 });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.steps, [
      { urn: URN, op: "replace", replaces: ["fileType"], deleteBeforeReplace: true },
    ]);
    const order = actions().filter((a) => ["DeleteFile", "CreateFile"].includes(a));
    assert.deepEqual(order, ["DeleteFile", "CreateFile"]);
    assert.notEqual(engine.state.get(URN)!.id, oldId);
    const old = await getFile(consoleUser, { projectId: 10000, fileId: Number(oldId.split("/")[1]) });
    assert.equal(old.file.deletedStatus, "DELETED");
  });

  it("drops the file from state when a refresh finds it deleted in the console", async () => {
    await deleteFile(consoleUser, { projectId: 10000, fileId: fileIdOf(URN) });
    const refreshed = await engine.refresh();
    assert.deepEqual(
      refreshed.steps.map((s) => s.op),
      ["refresh-delete"],
    );
    assert.equal(engine.state.size, 0);
  });

  it("keeps a file whose deployment failed in state, and the next up deploys it without a second file", async () => {
    emulator.setFault({
      kind: "error",
      action: "DeployFile",
      status: 400,
      code: "Invalid.Param",
      count: 1,
    });
    const failed = await up({ fileName: "ods_v2" });
    assert.match(
      failed.errors[0]!,
      /DeployFile failed \(HTTP 400\): Invalid\.Param.*stays in the stack's state/,
    );
    const kept = engine.state.get(URN)!;
    assert.match(kept.id, /^10000\/\d+$/);
    assert.equal(kept.initErrors?.length, 1);

    emulator.clearRequests();
    const resumed = await up({ fileName: "ods_v2" });
    assert.deepEqual(resumed.errors, []);
    assert.deepEqual(
      resumed.steps.map((s) => s.op),
      ["update"],
    );
    assert.deepEqual([count("CreateFile"), count("SubmitFile"), count("DeployFile")], [0, 0, 1]);
    assert.equal(engine.state.get(URN)!.outputs.pending, undefined);
    assert.equal(engine.state.get(URN)!.id, kept.id);
  });

  it("reports check failures and service errors with their messages", async () => {
    emulator.clearRequests();
    const invalid = await engine.up(
      await declareResources(() => [
        new File("ods", args({ fileName: "ods_v2" })),
        new File("broken", args({ fileType: 23, fileName: "b" })),
      ]),
    );
    assert.match(
      invalid.errors.join("\n"),
      /broken: check failed: fileType: CreateFile cannot create data-integration/,
    );
    assert.ok(!actions().includes("CreateFile"));

    const failing = await engine.up(
      await declareResources(() => [
        new File("ods", args({ fileName: "ods_v2" })),
        new File("broken", args({ fileName: "b", folderPath: "业务流程/missing/MaxCompute" })),
      ]),
    );
    assert.deepEqual(
      failing.steps.map((s) => [s.urn, s.op]),
      [
        [URN, "same"],
        [BROKEN_URN, "create"],
      ],
    );
    assert.match(
      failing.errors.join("\n"),
      /CreateFile failed \(HTTP 400\): Invalid\.DataStudio\.BusinessNotExists/,
    );
    assert.equal(engine.state.has(BROKEN_URN), false);
  });

  it("deletes the file on destroy and publishes the deletion to production", async () => {
    const fileId = fileIdOf(URN);
    emulator.clearRequests();
    const result = await engine.destroy();
    assert.deepEqual(result.errors, []);
    assert.deepEqual(
      result.steps.map((s) => s.op),
      ["delete"],
    );
    assert.deepEqual(
      actions().filter((a) => ["DeleteFile", "DeployFile"].includes(a)),
      ["DeleteFile", "DeployFile"],
    );
    assert.equal(
      (await getFile(consoleUser, { projectId: 10000, fileId })).file.deletedStatus,
      "DELETED",
    );
    assert.equal(engine.state.size, 0);
  });
});
