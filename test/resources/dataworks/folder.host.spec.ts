import { strict as assert } from "node:assert";
import { createBusiness, deleteFolder, updateFolder } from "../../../provider";
import { Folder, type FolderArgs } from "../../../resources/dataworks/folder";
import { WORKSPACE } from "./dataWorksEmulatorProvider";
import {
  assertStepOps,
  startDataWorksHost,
  type DataWorksHostFixture,
} from "./dataWorksHostFixture";

const URN = "urn:pulumi:dev::test::pulumi-nodejs:dynamic/dataworks:Folder::ods";
const PARENT = "业务流程/sales/MaxCompute";

interface StoredFolder {
  folderId: string;
  path: string;
}

/**
 * dataworks.Folder through the SDK's real provider host, driven as the engine drives it
 * (engine.md §2.4), with assertions on the emulator's request log and state.
 */
describe("dataworks.Folder through the provider host", function () {
  this.timeout(60_000);
  let fx: DataWorksHostFixture;

  const folder =
    (args: Partial<FolderArgs> = {}) =>
    () => [new Folder("ods", { projectId: WORKSPACE, parentPath: PARENT, name: "ods", ...args })];
  const entry = () => fx.engine.state.get(URN)!;
  const folders = (): StoredFolder[] =>
    Object.values(
      (fx.emulator.state().dataworks as { folders: Record<string, StoredFolder> }).folders,
    );

  before(async () => {
    fx = await startDataWorksHost();
    await createBusiness(fx.console, { projectId: WORKSPACE, businessName: "sales" });
    fx.clear();
  });
  after(() => fx?.close());

  it("is configured with the whole stack config, the secret unwrapped", async () => {
    const loaded = await fx.engine.loadProvider();
    assert.equal(loaded.acceptSecrets, false);
  });

  it("previews a folder with an unknown name through Check only, without calling the service", async () => {
    const result = await fx.previewWithUnknownInputs(folder(), ["name"]);
    assert.deepEqual(result.errors, []);
    assertStepOps(result, ["create"]);
    assert.deepEqual(fx.actions(), []);
  });

  it("creates the folder with one call and stores {projectId}/{folderId}", async () => {
    const result = await fx.up(folder());
    assert.deepEqual(result.errors, []);
    assert.deepEqual(fx.actions(), ["CreateFolder"]);
    const stored = folders().find((f) => f.path === `${PARENT}/ods`)!;
    assert.equal(entry().id, `${WORKSPACE}/${stored.folderId}`);
    assert.equal(entry().outputs.path, `${PARENT}/ods`);
  });

  it("keeps the credentials out of the state and the host's output", () => {
    const state = JSON.stringify([...fx.engine.state.values()]);
    assert.equal(state.includes(fx.secret), false);
    assert.equal(fx.host.output.join("\n").includes(fx.secret), false);
  });

  it("does nothing on an up without changes", async () => {
    await fx.assertUnchangedUp(folder());
  });

  it("renames the folder in place", async () => {
    fx.clear();
    const id = entry().id;
    const result = await fx.up(folder({ name: "dwd" }));
    assertStepOps(result, ["update"]);
    assert.deepEqual(fx.actions(), ["UpdateFolder"]);
    assert.equal(entry().id, id);
    assert.ok(folders().some((f) => f.path === `${PARENT}/dwd`));
  });

  it("shows a rename made in the console after a refresh and undoes it on the next up", async () => {
    const folderId = String(entry().outputs.folderId);
    await updateFolder(fx.console, { projectId: WORKSPACE, folderId, folderName: "console" });
    fx.clear();
    const refreshed = await fx.engine.refresh();
    assertStepOps(refreshed, ["read"]);
    assert.deepEqual(fx.actions(), ["GetFolder"]);
    assert.equal(entry().outputs.name, "console");
    assert.equal(entry().inputs.name, "console");
    fx.clear();
    const result = await fx.up(folder({ name: "dwd" }));
    assertStepOps(result, ["update"]);
    assert.deepEqual(fx.actions(), ["UpdateFolder"]);
    assert.ok(folders().some((f) => f.path === `${PARENT}/dwd`));
  });

  it("replaces the folder when it moves, deleting the old one first", async () => {
    fx.clear();
    const oldId = entry().id;
    const result = await fx.up(folder({ name: "dwd", parentPath: "业务流程/sales/数据集成" }));
    assert.deepEqual(result.steps, [
      { urn: URN, op: "replace", replaces: ["parentPath"], deleteBeforeReplace: true },
    ]);
    assert.deepEqual(fx.actions(), ["DeleteFolder", "CreateFolder"]);
    assert.notEqual(entry().id, oldId);
    assert.deepEqual(
      folders()
        .map((f) => f.path)
        .filter((p) => p.endsWith("/dwd")),
      ["业务流程/sales/数据集成/dwd"],
    );
  });

  it("propagates a clash with an existing path as an error that suggests adopt", async () => {
    const result = await fx.up(() => [
      new Folder("ods", {
        projectId: WORKSPACE,
        parentPath: "业务流程/sales/数据集成",
        name: "dwd",
      }),
      new Folder("twin", {
        projectId: WORKSPACE,
        parentPath: "业务流程/sales/数据集成",
        name: "dwd",
      }),
    ]);
    assert.deepEqual(result.steps.map((s) => s.op).sort(), ["create", "same"]);
    assert.match(
      result.errors.join("\n"),
      /"业务流程\/sales\/数据集成\/dwd" in workspace 10000 already exists.*adopt: true/,
    );
    assert.equal(fx.engine.state.size, 1);
  });

  it("propagates the service's error for a business flow that does not exist", async () => {
    const result = await fx.up(() => [
      new Folder("ods", {
        projectId: WORKSPACE,
        parentPath: "业务流程/sales/数据集成",
        name: "dwd",
      }),
      new Folder("lost", {
        projectId: WORKSPACE,
        parentPath: "业务流程/nowhere/MaxCompute",
        name: "x",
      }),
    ]);
    assert.match(
      result.errors.join("\n"),
      /Invalid\.DataStudio\.BusinessNotExists: The business does not exist/,
    );
  });

  it("looks a folder up instead of creating it twice when the create's answer is lost", async () => {
    fx.emulator.setFault({ kind: "resetAfter", action: "CreateFolder", count: 1 });
    fx.clear();
    const result = await fx.up(() => [
      new Folder("ods", {
        projectId: WORKSPACE,
        parentPath: "业务流程/sales/数据集成",
        name: "dwd",
      }),
      new Folder("extra", { projectId: WORKSPACE, parentPath: PARENT, name: "extra" }),
    ]);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(fx.actions(), ["CreateFolder", "ListFolders"]);
    assert.equal(folders().filter((f) => f.path === `${PARENT}/extra`).length, 1);
    const removed = await fx.up(folder({ name: "dwd", parentPath: "业务流程/sales/数据集成" }));
    assertStepOps(removed, ["same", "delete"]);
  });

  it("drops the folder from state when a refresh finds it deleted, and recreates it on the next up", async () => {
    await deleteFolder(fx.console, {
      projectId: WORKSPACE,
      folderId: String(entry().outputs.folderId),
    });
    const refreshed = await fx.engine.refresh();
    assertStepOps(refreshed, ["refresh-delete"]);
    assert.equal(fx.engine.state.size, 0);
    const result = await fx.up(folder({ name: "dwd", parentPath: "业务流程/sales/数据集成" }));
    assertStepOps(result, ["create"]);
  });

  it("deletes the folder on destroy", async () => {
    fx.clear();
    const result = await fx.engine.destroy();
    assertStepOps(result, ["delete"]);
    assert.deepEqual(fx.actions(), ["DeleteFolder"]);
    assert.equal(
      folders().some((f) => f.path.endsWith("/dwd")),
      false,
    );
  });
});
