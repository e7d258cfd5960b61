import { strict as assert } from "node:assert";
import {
  createBusiness,
  createFolder,
  deleteBusiness,
  getBusiness,
  updateBusiness,
} from "../../../provider";
import { businessFlowDefinition } from "../../../resources/dataworks/businessFlow";
import { AdoptMismatchError } from "../../../resources/framework/adoptMismatchError";
import { AlreadyExistsError } from "../../../resources/framework/alreadyExistsError";
import { UNKNOWN } from "../../../resources/framework/unknown";
import {
  startEmulatorProvider,
  WORKSPACE,
  type EmulatorProvider,
} from "./dataWorksEmulatorProvider";

const inputs = {
  projectId: WORKSPACE,
  name: "sales",
  description: "",
  useType: "NORMAL",
  adopt: false,
};

describe("dataworks.BusinessFlow provider", () => {
  let env: EmulatorProvider;

  beforeEach(async () => {
    env = await startEmulatorProvider(businessFlowDefinition);
  });
  afterEach(() => env.close());

  describe("check", () => {
    it("fills in the defaults the service would apply, so they never read as drift", async () => {
      const checked = await env.provider.check({}, { projectId: WORKSPACE, name: " sales " });
      assert.equal(checked.failures, undefined);
      assert.deepEqual(checked.inputs, inputs);
    });

    it("reports every invalid field at once", async () => {
      const checked = await env.provider.check(
        {},
        { projectId: 0, name: "", useType: "MANUAL", owner: " " },
      );
      assert.deepEqual(checked.failures!.map((f) => f.property).sort(), [
        "name",
        "owner",
        "projectId",
        "useType",
      ]);
      assert.match(
        checked.failures!.find((f) => f.property === "useType")!.reason,
        /NORMAL.*MANUAL_BIZ.*given: "MANUAL"/,
      );
    });

    it("passes an unknown name through during preview", async () => {
      const checked = await env.provider.check({}, { projectId: WORKSPACE, name: UNKNOWN });
      assert.equal(checked.failures, undefined);
      assert.equal(checked.inputs!.name, UNKNOWN);
    });
  });

  describe("diff", () => {
    const olds = { ...inputs, businessId: 100001, path: "业务流程/sales" };

    it("updates in place for a new name, description or owner", async () => {
      for (const change of [{ name: "marketing" }, { description: "d" }, { owner: "2000" }]) {
        assert.deepEqual(await env.provider.diff("10000/100001", olds, { ...inputs, ...change }), {
          changes: true,
          replaces: [],
          deleteBeforeReplace: false,
        });
      }
    });

    it("replaces, deleting first, for a new use type or workspace", async () => {
      const diff = await env.provider.diff("10000/100001", olds, {
        ...inputs,
        useType: "MANUAL_BIZ",
        projectId: 10001,
      });
      assert.deepEqual(diff, {
        changes: true,
        replaces: ["projectId", "useType"],
        deleteBeforeReplace: true,
      });
    });
  });

  describe("create", () => {
    it("creates the flow with its use type and returns {projectId}/{businessId}", async () => {
      const created = await env.provider.create({
        ...inputs,
        useType: "MANUAL_BIZ",
        description: "daily",
      });
      assert.match(created.id, /^10000\/\d+$/);
      assert.equal(created.outs.path, "业务流程/sales");
      const live = await getBusiness(env.console, {
        projectId: WORKSPACE,
        businessId: created.outs.businessId as number,
      });
      assert.equal(live.useType, "MANUAL_BIZ");
      assert.equal(live.description, "daily");
    });

    it("refuses a name taken in the workspace with an error that suggests adopt", async () => {
      const existing = await createBusiness(env.console, {
        projectId: WORKSPACE,
        businessName: "sales",
      });
      await assert.rejects(env.provider.create(inputs), (error: unknown) => {
        assert.ok(error instanceof AlreadyExistsError);
        assert.match(
          error.message,
          /"sales" in workspace 10000 already exists \(existing id 10000\/\d+/,
        );
        assert.match(error.message, new RegExp(`10000/${existing}`));
        assert.match(error.message, /adopt: true/);
        return true;
      });
    });

    it("adopts an existing flow by name and updates its description", async () => {
      const existing = await createBusiness(env.console, {
        projectId: WORKSPACE,
        businessName: "sales",
        description: "old",
      });
      env.emulator.clearRequests();
      const adopted = await env.provider.create({ ...inputs, description: "new", adopt: true });
      assert.equal(adopted.id, `${WORKSPACE}/${existing}`);
      assert.deepEqual(env.actions(), ["ListBusiness", "UpdateBusiness"]);
      assert.equal(
        (await getBusiness(env.console, { projectId: WORKSPACE, businessId: existing }))
          .description,
        "new",
      );
      assert.ok(
        env.lines.some((l) =>
          /Adopting existing dataworks:BusinessFlow "sales" .*updating description/.test(l),
        ),
      );
    });

    it("refuses to adopt a flow whose use type differs, since that cannot change in place", async () => {
      await createBusiness(env.console, {
        projectId: WORKSPACE,
        businessName: "sales",
        useType: "MANUAL_BIZ",
      });
      await assert.rejects(env.provider.create({ ...inputs, adopt: true }), AdoptMismatchError);
    });
  });

  describe("read", () => {
    it("returns live name and description in the input's form after console edits", async () => {
      const created = await env.provider.create(inputs);
      const businessId = created.outs.businessId as number;
      await updateBusiness(env.console, {
        projectId: WORKSPACE,
        businessId,
        businessName: "sales2",
        description: "edited",
      });
      env.emulator.clearRequests();
      const read = await env.provider.read(created.id, created.outs);
      assert.deepEqual(read.props, {
        ...inputs,
        name: "sales2",
        description: "edited",
        businessId,
        path: "业务流程/sales2",
      });
      assert.deepEqual(read.inputs, { ...inputs, name: "sales2", description: "edited" });
      assert.deepEqual(env.actions(), ["GetBusiness"]);
    });

    it("reports the owner only when the program manages it", async () => {
      const unmanaged = await env.provider.create(inputs);
      assert.equal((await env.provider.read(unmanaged.id, unmanaged.outs)).props!.owner, undefined);
      const managed = await env.provider.create({
        ...inputs,
        name: "other",
        owner: "2000000000002",
      });
      await updateBusiness(env.console, {
        projectId: WORKSPACE,
        businessId: managed.outs.businessId as number,
        owner: "3000000000003",
      });
      assert.equal(
        (await env.provider.read(managed.id, managed.outs)).props!.owner,
        "3000000000003",
      );
    });

    it("returns an empty ID when the flow was deleted", async () => {
      const created = await env.provider.create(inputs);
      await deleteBusiness(env.console, {
        projectId: WORKSPACE,
        businessId: created.outs.businessId as number,
      });
      assert.deepEqual(await env.provider.read(created.id, created.outs), { id: "" });
    });
  });

  describe("update and delete", () => {
    it("sends only the changed fields and keeps the ID on a rename", async () => {
      const created = await env.provider.create(inputs);
      env.emulator.clearRequests();
      const updated = await env.provider.update(created.id, created.outs, {
        ...inputs,
        name: "marketing",
      });
      assert.equal(updated.outs!.businessId, created.outs.businessId);
      assert.equal(updated.outs!.path, "业务流程/marketing");
      const [call] = env.emulator.requests({ action: "UpdateBusiness" });
      assert.equal((call!.parameters as Record<string, unknown>).BusinessName, "marketing");
      assert.equal((call!.parameters as Record<string, unknown>).Description, undefined);
    });

    it("refuses to delete a flow that still holds a folder, naming it", async () => {
      const created = await env.provider.create(inputs);
      await createFolder(env.console, {
        projectId: WORKSPACE,
        folderPath: "业务流程/sales/MaxCompute/ods",
      });
      await assert.rejects(
        env.provider.delete(created.id, created.outs),
        /not empty: it contains the folder 业务流程\/sales\/MaxCompute\/ods/,
      );
    });

    it("deletes the flow", async () => {
      const created = await env.provider.create(inputs);
      await env.provider.delete(created.id, created.outs);
      assert.deepEqual(await env.provider.read(created.id, created.outs), { id: "" });
    });
  });
});
