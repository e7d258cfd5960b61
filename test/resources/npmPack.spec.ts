import { strict as assert } from "node:assert";
import { existsSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { DEFAULT_CREDENTIALS } from "../../emulator";
import { STANDARD_PROJECT_ID } from "../../emulator/services/dataworks/constants";
import { FILE_TYPE } from "../../resources/dataworks/file";
import { shimFor } from "../../resources/framework/shim";
import { runConsumerStackTest, type ConsumerStackReport } from "../helpers/consumerStackTest";
import { installPackedPackage, type PackedConsumer } from "../helpers/packedConsumer";
import { serializeProvider } from "../helpers/serializeProvider";

const ROOT = resolve(__dirname, "../..");

/**
 * ARCHITECTURE decision 1, issue 5 "Serialization contract tests": the package as users get it — an
 * `npm pack` tarball installed into a fresh folder outside the repository — declares a
 * `dataworks.File` and deploys it through the SDK's real provider host, started in that folder,
 * against the emulator. Everything in that folder comes from the tarball: the resource classes, the
 * `pulumi-dataplatform/dynamic` entry point the host resolves, and `pulumi-dataplatform/testing`
 * (emulator, host driver, mini engine) with which a user's own test drives it all.
 */
describe("the npm pack tarball in a fresh program folder", function () {
  // Generous for a busy machine: packing, installing and the user's test take 20–40 s in all.
  this.timeout(120_000);
  let consumer: PackedConsumer;
  let report: ConsumerStackReport;

  before(async () => {
    const built = join(ROOT, "dist/resources/framework/dispatch.js");
    assert.ok(existsSync(built), "run `npm run build` first");
    consumer = await installPackedPackage(ROOT);
  });

  after(() => consumer?.remove());

  it("installs outside the repository, where the package resolves to the installed copy", () => {
    assert.ok(relative(ROOT, consumer.dir).startsWith(".."), consumer.dir);
    // As the shim resolves it: from the program directory (a plain require.resolve from this file
    // would self-reference the repository's own package first).
    const fromProgram = createRequire(join(consumer.dir, "program.js"));
    const resolved = realpathSync(fromProgram.resolve("pulumi-dataplatform/dynamic"));
    const installed = realpathSync(join(consumer.dir, "node_modules", "pulumi-dataplatform"));
    assert.ok(resolved.startsWith(installed), resolved);
  });

  it("runs a user's test written against pulumi-dataplatform/testing from that folder", async () => {
    report = await runConsumerStackTest(consumer.dir);
    const errors = [report.preview, report.up, report.noop, report.destroy].flatMap(
      (p) => p.errors,
    );
    assert.deepEqual(errors, []);
  });

  it("declares the file with exactly the serialized provider of the repository", async () => {
    assert.equal(report.declaredProvider, (await serializeProvider(shimFor(FILE_TYPE))).text);
  });

  it("stores that same provider text in the file's state, which refresh and destroy will run", () => {
    assert.equal(report.file.outputs.__provider, report.declaredProvider);
  });

  it("previews the business flow and the file without calling the emulator", () => {
    assert.deepEqual(
      report.preview.steps.map((s) => s.op),
      ["create", "create"],
    );
    assert.deepEqual(report.preview.actions, []);
  });

  it("creates, submits and deploys the file through the provider host in that folder", () => {
    assert.deepEqual(
      report.up.steps.map((s) => s.op),
      ["create", "create"],
    );
    for (const action of ["CreateBusiness", "CreateFile", "SubmitFile", "DeployFile"]) {
      assert.ok(report.up.actions.includes(action), report.up.actions.join(","));
    }
    assert.match(report.file.id, new RegExp(`^${STANDARD_PROJECT_ID}/\\d+$`));
    assert.equal(report.file.outputs.commitStatus, 1);
    assert.equal(report.file.outputs.lastDeploymentStatus, "success");
  });

  it("changes nothing on a second up", () => {
    assert.deepEqual(
      report.noop.steps.map((s) => s.op),
      ["same", "same"],
    );
    assert.deepEqual(report.noop.actions, []);
  });

  it("deletes the file and then the business flow on destroy", () => {
    assert.deepEqual(
      report.destroy.steps.map((s) => `${s.op} ${s.urn.split("::").pop()}`),
      ["delete daily", "delete flow"],
    );
    assert.ok(report.destroy.actions.includes("DeleteFile"), report.destroy.actions.join(","));
    assert.ok(report.destroy.actions.includes("DeleteBusiness"), report.destroy.actions.join(","));
  });

  it("keeps the stack config's credentials out of everything the host printed", () => {
    const printed = report.hostOutput.join("\n");
    const [keyPair] = DEFAULT_CREDENTIALS.alibaba;
    assert.equal(printed.includes(keyPair!.accessKeySecret), false);
  });
});
