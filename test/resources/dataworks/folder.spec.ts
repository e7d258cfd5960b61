import { strict as assert } from "node:assert";
import { createBusiness, createFolder, deleteFolder, updateFolder } from "../../../provider";
import { AlreadyExistsError } from "../../../resources/framework/alreadyExistsError";
import { UNKNOWN } from "../../../resources/framework/unknown";
import { folderDefinition } from "../../../resources/dataworks/folder";
import {
  startEmulatorProvider,
  WORKSPACE,
  type EmulatorProvider,
} from "./dataWorksEmulatorProvider";

const PARENT = "业务流程/sales/MaxCompute";
const inputs = { projectId: WORKSPACE, parentPath: PARENT, name: "ods", adopt: false };

describe("dataworks.Folder provider", () => {
  let env: EmulatorProvider;

  beforeEach(async () => {
    env = await startEmulatorProvider(folderDefinition);
    await createBusiness(env.console, { projectId: WORKSPACE, businessName: "sales" });
    env.emulator.clearRequests();
  });
  afterEach(() => env.close());

  describe("check", () => {
    it("normalises the parent path to the service's canonical form and trims the name", async () => {
      const checked = await env.provider.check(
        {},
        { projectId: WORKSPACE, parentPath: " 业务流程/ sales /MaxCompute/ ", name: " ods " },
      );
      assert.deepEqual(checked.failures, undefined);
      assert.deepEqual(checked.inputs, { ...inputs });
    });

    it("reports every invalid field at once with what was given", async () => {
      const checked = await env.provider.check(
        {},
        { projectId: "10000", parentPath: "sales/MaxCompute", name: "a/b", colour: 1 },
      );
      const byProperty = new Map(checked.failures!.map((f) => [f.property, f.reason]));
      assert.deepEqual([...byProperty.keys()].sort(), [
        "colour",
        "name",
        "parentPath",
        "projectId",
      ]);
      assert.match(
        byProperty.get("parentPath")!,
        /must start with 业务流程\/<business flow>.*given: "sales\/MaxCompute"/,
      );
      assert.match(byProperty.get("name")!, /one path segment.*given: "a\/b"/);
      assert.match(byProperty.get("projectId")!, /numeric workspace ID.*given: "10000"/);
    });

    it("passes unknown values through during preview without failures", async () => {
      const checked = await env.provider.check(
        {},
        { projectId: WORKSPACE, parentPath: UNKNOWN, name: UNKNOWN },
      );
      assert.equal(checked.failures, undefined);
      assert.equal(checked.inputs!.parentPath, UNKNOWN);
      assert.deepEqual(env.actions(), []);
    });
  });

  describe("diff", () => {
    const olds = { ...inputs, folderId: "abc", path: `${PARENT}/ods` };

    it("reports no change when the inputs match the last outputs", async () => {
      assert.deepEqual(await env.provider.diff("10000/abc", olds, inputs), {
        changes: false,
        replaces: [],
        deleteBeforeReplace: false,
      });
    });

    it("renames in place when only the name changes", async () => {
      const diff = await env.provider.diff("10000/abc", olds, { ...inputs, name: "dwd" });
      assert.deepEqual(diff, { changes: true, replaces: [], deleteBeforeReplace: false });
    });

    it("replaces, deleting first, when the folder moves to another parent or workspace", async () => {
      const moved = await env.provider.diff("10000/abc", olds, {
        ...inputs,
        parentPath: "业务流程/sales/数据集成",
      });
      assert.deepEqual(moved, {
        changes: true,
        replaces: ["parentPath"],
        deleteBeforeReplace: true,
      });
      const elsewhere = await env.provider.diff("10000/abc", olds, { ...inputs, projectId: 10001 });
      assert.deepEqual(elsewhere.replaces, ["projectId"]);
    });

    it("treats an unknown parent path as a possible replacement", async () => {
      const diff = await env.provider.diff("10000/abc", olds, { ...inputs, parentPath: UNKNOWN });
      assert.deepEqual(diff.replaces, ["parentPath"]);
    });
  });

  describe("create", () => {
    it("creates the folder with one call and returns {projectId}/{folderId}", async () => {
      const created = await env.provider.create(inputs);
      const folderId = created.outs.folderId as string;
      assert.equal(created.id, `${WORKSPACE}/${folderId}`);
      assert.equal(created.outs.path, `${PARENT}/ods`);
      assert.deepEqual(env.actions(), ["CreateFolder"]);
    });

    it("refuses an existing path with an error that suggests adopt", async () => {
      await createFolder(env.console, { projectId: WORKSPACE, folderPath: `${PARENT}/ods` });
      await assert.rejects(env.provider.create(inputs), (error: unknown) => {
        assert.ok(error instanceof AlreadyExistsError);
        assert.match(
          error.message,
          /dataworks:Folder "业务流程\/sales\/MaxCompute\/ods" in workspace 10000 already exists/,
        );
        assert.match(error.message, /adopt: true/);
        return true;
      });
    });

    it("adopts an existing folder found by its path without creating another", async () => {
      const folderId = await createFolder(env.console, {
        projectId: WORKSPACE,
        folderPath: `${PARENT}/ods`,
      });
      env.emulator.clearRequests();
      const adopted = await env.provider.create({ ...inputs, adopt: true });
      assert.equal(adopted.id, `${WORKSPACE}/${folderId}`);
      assert.deepEqual(env.actions(), ["ListFolders"]);
      assert.ok(env.lines.some((l) => /Adopted existing dataworks:Folder/.test(l)));
    });
  });

  describe("read", () => {
    it("returns the live path in the input's form, and the inputs, after a rename in the console", async () => {
      const created = await env.provider.create(inputs);
      await updateFolder(env.console, {
        projectId: WORKSPACE,
        folderId: created.outs.folderId as string,
        folderName: "renamed",
      });
      env.emulator.clearRequests();
      const read = await env.provider.read(created.id, created.outs);
      assert.equal(read.id, created.id);
      assert.equal(read.props!.name, "renamed");
      assert.equal(read.props!.path, `${PARENT}/renamed`);
      assert.deepEqual(read.inputs, {
        projectId: WORKSPACE,
        parentPath: PARENT,
        name: "renamed",
        adopt: false,
      });
      assert.deepEqual(env.actions(), ["GetFolder"]);
    });

    it("returns an empty ID when the folder was deleted", async () => {
      const created = await env.provider.create(inputs);
      await deleteFolder(env.console, {
        projectId: WORKSPACE,
        folderId: created.outs.folderId as string,
      });
      assert.deepEqual(await env.provider.read(created.id, created.outs), { id: "" });
    });

    it("returns an empty ID when the workspace is gone", async () => {
      const created = await env.provider.create(inputs);
      assert.deepEqual(
        await env.provider.read("99999/" + String(created.outs.folderId), created.outs),
        { id: "" },
      );
    });
  });

  describe("update and delete", () => {
    it("renames the folder in place, keeping its ID", async () => {
      const created = await env.provider.create(inputs);
      env.emulator.clearRequests();
      const updated = await env.provider.update(created.id, created.outs, {
        ...inputs,
        name: "dwd",
      });
      assert.equal(updated.outs!.folderId, created.outs.folderId);
      assert.equal(updated.outs!.path, `${PARENT}/dwd`);
      assert.deepEqual(env.actions(), ["UpdateFolder"]);
    });

    it("deletes the folder, and treats an already deleted one as deleted", async () => {
      const created = await env.provider.create(inputs);
      await env.provider.delete(created.id, created.outs);
      await env.provider.delete(created.id, created.outs);
      assert.deepEqual(await env.provider.read(created.id, created.outs), { id: "" });
    });

    it("refuses to delete a folder that still holds a sub-folder, naming it", async () => {
      const created = await env.provider.create(inputs);
      await createFolder(env.console, { projectId: WORKSPACE, folderPath: `${PARENT}/ods/daily` });
      await assert.rejects(
        env.provider.delete(created.id, created.outs),
        /not empty: it contains the folder 业务流程\/sales\/MaxCompute\/ods\/daily/,
      );
    });
  });
});
