import { strict as assert } from "node:assert";
import { existsSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { STANDARD_PROJECT_ID } from "../../emulator/services/dataworks/constants";
import { createBusiness, createClient } from "../../provider";
import { FILE_TYPE } from "../../resources/dataworks/file";
import { shimFor } from "../../resources/framework/shim";
import * as packageExports from "../../resources";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { emulatorStackConfig } from "../../testing/emulatorStackConfig";
import { MiniEngine, type DeclaredResource } from "../../testing/miniEngine";
import { ProviderHost } from "../../testing/providerHost";
import { declareInConsumer } from "../helpers/consumerProgram";
import { installPackedPackage, type PackedConsumer } from "../helpers/packedConsumer";
import { resourceClasses } from "../helpers/resourceClasses";
import { serializeProvider } from "../helpers/serializeProvider";

const ROOT = resolve(__dirname, "../..");
const BUSINESS_FLOW = "pack_check";
const FILE_ARGS = {
  projectId: STANDARD_PROJECT_ID,
  folderPath: `业务流程/${BUSINESS_FLOW}/MaxCompute/daily`,
  fileName: "pack_daily_orders",
  fileType: 10,
  content: "SELECT 1;",
  cronExpress: "00 05 00 * * ?",
};

/** The export path of the class that registers `type`: `dataworks:File` → `dataworks.File`. */
function exportPathOf(type: string): string {
  const path = type.replace(":", ".");
  if (!resourceClasses(packageExports).has(path)) throw new Error(`the package exports no ${path}`);
  return path;
}

/**
 * ARCHITECTURE decision 1, issue 5 "Serialization contract tests": the package as users get it — an
 * `npm pack` tarball installed into a fresh folder outside the repository — declares a
 * `dataworks.File` and deploys it through the SDK's real provider host, started in that folder,
 * against the emulator. The host resolves `pulumi-dataplatform/dynamic` from the folder, so the
 * `exports` map and the tarball's file list are what is tested.
 */
describe("the npm pack tarball in a fresh program folder", function () {
  this.timeout(60_000);
  let consumer: PackedConsumer;
  let emulator: RunningEmulator;
  let host: ProviderHost | undefined;
  let engine: MiniEngine;
  let declared: DeclaredResource;

  before(async function () {
    this.timeout(120_000);
    assert.ok(
      existsSync(join(ROOT, "dist/resources/framework/dispatch.js")),
      "run `npm run build` first",
    );
    consumer = await installPackedPackage(ROOT);
    // Ten emulator seconds per real second: a submit or deploy finishes within the first 2 s poll.
    emulator = await startEmulator({ timeScale: 10 });
    const stack = emulatorStackConfig(emulator);
    // The File's folder path needs its business flow (spec/dataworks.md §2.5); it is not under test.
    await createBusiness(
      createClient({ config: { endpoint: emulator.url, ...credentialsOf(stack.config) } }),
      {
        projectId: STANDARD_PROJECT_ID,
        businessName: BUSINESS_FLOW,
      },
    );
    emulator.clearRequests();
    host = await ProviderHost.start({ cwd: consumer.dir });
    engine = new MiniEngine(host, stack);
  });

  after(async () => {
    await host?.close();
    await emulator?.close();
    consumer?.remove();
  });

  it("installs outside the repository, where the package resolves to the installed copy", () => {
    assert.ok(relative(ROOT, consumer.dir).startsWith(".."), consumer.dir);
    // As the shim resolves it: from the program directory (a plain require.resolve from this file
    // would self-reference the repository's own package first).
    const fromProgram = createRequire(join(consumer.dir, "program.js"));
    const resolved = realpathSync(fromProgram.resolve("pulumi-dataplatform/dynamic"));
    assert.ok(
      resolved.startsWith(realpathSync(join(consumer.dir, "node_modules", "pulumi-dataplatform"))),
      resolved,
    );
  });

  it("declares a dataworks.File from the installed package with the repository's serialized provider", async () => {
    declared = await declareInConsumer(consumer.dir, exportPathOf(FILE_TYPE), "daily", FILE_ARGS);
    assert.equal(declared.type, "pulumi-nodejs:dynamic/dataworks:File");
    assert.equal(declared.inputs.__provider, (await serializeProvider(shimFor(FILE_TYPE))).text);
  });

  it("deploys the File through the real provider host in that folder against the emulator", async () => {
    await engine.loadProvider();
    const result = await engine.up([declared]);
    assert.deepEqual(result.errors, []);
    const entry = engine.state.get(engine.urnOf(declared.type, "daily"))!;
    assert.match(entry.id, new RegExp(`^${STANDARD_PROJECT_ID}/\\d+$`));
    assert.equal(entry.outputs.commitStatus, 1);
    assert.equal(entry.outputs.lastDeploymentStatus, "success");
    const actions = emulator.requests({ service: "dataworks" }).map((r) => r.action);
    for (const action of ["CreateFile", "SubmitFile", "DeployFile"])
      assert.ok(actions.includes(action), actions.join(","));
  });

  it("destroys the File through the installed package", async () => {
    emulator.clearRequests();
    const result = await engine.destroy();
    assert.deepEqual(result.errors, []);
    assert.equal(engine.state.size, 0);
    const actions = emulator.requests({ service: "dataworks" }).map((r) => r.action);
    assert.ok(actions.includes("DeleteFile"), actions.join(","));
  });
});

/** The emulator's Alibaba key pair, without the namespace. */
function credentialsOf(config: Record<string, string>): {
  alibabaAccessKeyId: string;
  alibabaAccessKeySecret: string;
} {
  return {
    alibabaAccessKeyId: config["dataplatform:alibabaAccessKeyId"]!,
    alibabaAccessKeySecret: config["dataplatform:alibabaAccessKeySecret"]!,
  };
}
