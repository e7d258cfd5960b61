import { strict as assert } from "node:assert";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { declareQuickstart } from "../../../examples/quickstart/declareQuickstart";
import {
  MiniEngine,
  ProviderHost,
  declareResources,
  emulatorStackConfig,
  startEmulator,
  type RunningEmulator,
} from "../../../testing";

const ROOT = resolve(__dirname, "../../..");
const PASSWORD = "quickstart-db-password";

/** The quickstart program through the SDK's real provider host against the emulator. */
describe("the quickstart program", function () {
  this.timeout(120_000);
  let emulator: RunningEmulator;
  let host: ProviderHost;
  let engine: MiniEngine;
  const program = () =>
    declareResources(() => Object.values(declareQuickstart(10000, pulumi.secret(PASSWORD))));
  const stateOf = (type: string) => [...engine.state.values()].find((e) => e.type.endsWith(type))!;

  before(async () => {
    assert.ok(existsSync(resolve(ROOT, "dist/resources/index.js")), "run `npm run build` first");
    // Deployments take a few emulator seconds: a thousandfold clock finishes them in milliseconds,
    // and signatures are then checked against that clock, so the accepted skew is widened to match.
    emulator = await startEmulator({ throttle: false, timeScale: 1_000, clockSkewMs: 365 * 86_400_000 });
    emulator.setFault({ kind: "latency", action: "GetDeployment", latencyMs: 10 });
    host = await ProviderHost.start({ cwd: ROOT });
    engine = new MiniEngine(host, emulatorStackConfig(emulator));
    await engine.loadProvider();
    emulator.clearRequests();
  });
  after(async () => {
    await host?.close();
    await emulator?.close();
  });

  it("previews four creates without calling DataWorks", async () => {
    const result = await engine.preview(await program());
    assert.deepEqual(
      result.steps.map((s) => s.op),
      ["create", "create", "create", "create"],
    );
    assert.deepEqual(emulator.requests(), []);
  });

  it("creates the flow, folder, data source and file, and deploys the file to production", async () => {
    const result = await engine.up(await program());
    assert.deepEqual(result.errors, []);
    const file = stateOf(":File");
    assert.equal(file.outputs.lastDeploymentStatus, "success");
    const actions = emulator.requests({ service: "dataworks" }).map((r) => r.action);
    for (const action of ["CreateBusiness", "CreateFolder", "CreateDataSource", "CreateFile", "DeployFile"]) {
      assert.ok(actions.includes(action), `${action} was called`);
    }
  });

  it("keeps the data source password out of the emulator's request log", () => {
    assert.ok(!JSON.stringify(emulator.requests()).includes(PASSWORD));
  });

  it("changes nothing and calls nothing on a second up", async () => {
    emulator.clearRequests();
    const result = await engine.up(await program());
    assert.deepEqual(
      result.steps.map((s) => s.op),
      ["same", "same", "same", "same"],
    );
    assert.deepEqual(emulator.requests(), []);
  });

  it("destroys everything, the file before its folder and flow", async () => {
    const result = await engine.destroy();
    assert.deepEqual(result.errors, []);
    assert.equal(engine.state.size, 0);
    const deletes = emulator
      .requests({ service: "dataworks" })
      .map((r) => r.action)
      .filter((a) => a.startsWith("Delete"));
    assert.deepEqual(deletes, ["DeleteFile", "DeleteDataSource", "DeleteFolder", "DeleteBusiness"]);
  });
});
