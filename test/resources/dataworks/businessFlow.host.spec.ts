import { strict as assert } from "node:assert";
import { createBusiness, deleteBusiness, updateBusiness } from "../../../provider";
import { BusinessFlow, type BusinessFlowArgs } from "../../../resources/dataworks/businessFlow";
import { WORKSPACE } from "./dataWorksEmulatorProvider";
import {
  assertStepOps,
  startDataWorksHost,
  type DataWorksHostFixture,
} from "./dataWorksHostFixture";

const URN = "urn:pulumi:dev::test::pulumi-nodejs:dynamic/dataworks:BusinessFlow::sales";
const LEGACY_URN = "urn:pulumi:dev::test::pulumi-nodejs:dynamic/dataworks:BusinessFlow::legacy";

interface StoredBusiness {
  businessId: number;
  name: string;
  description: string;
  useType: string;
}

/**
 * dataworks.BusinessFlow through the SDK's real provider host, driven as the engine drives it
 * (engine.md §2.4), with assertions on the emulator's request log and state.
 */
describe("dataworks.BusinessFlow through the provider host", function () {
  this.timeout(60_000);
  let fx: DataWorksHostFixture;

  const flow = (args: Partial<BusinessFlowArgs> = {}) =>
    new BusinessFlow("sales", {
      projectId: WORKSPACE,
      name: "sales",
      description: "daily loads",
      ...args,
    });
  const entry = (urn = URN) => fx.engine.state.get(urn)!;
  const businesses = (): StoredBusiness[] =>
    Object.values(
      (fx.emulator.state().dataworks as { businesses: Record<string, StoredBusiness> }).businesses,
    );
  const named = (name: string) => businesses().find((b) => b.name === name);

  before(async () => {
    fx = await startDataWorksHost();
  });
  after(() => fx?.close());

  it("is configured with the whole stack config, the secret unwrapped", async () => {
    assert.equal((await fx.engine.loadProvider()).acceptSecrets, false);
  });

  it("previews a flow with an unknown name through Check only, without calling the service", async () => {
    const result = await fx.previewWithUnknownInputs(() => [flow()], ["name"]);
    assert.deepEqual(result.errors, []);
    assertStepOps(result, ["create"]);
    assert.deepEqual(fx.actions(), []);
  });

  it("creates the flow with one call and stores {projectId}/{businessId}", async () => {
    const result = await fx.up(() => [flow()]);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(fx.actions(), ["CreateBusiness"]);
    const stored = named("sales")!;
    assert.equal(entry().id, `${WORKSPACE}/${stored.businessId}`);
    assert.equal(stored.useType, "NORMAL");
    assert.equal(entry().outputs.path, "业务流程/sales");
    assert.equal(JSON.stringify([...fx.engine.state.values()]).includes(fx.secret), false);
  });

  it("does nothing on an up without changes", async () => {
    await fx.assertUnchangedUp(() => [flow()]);
  });

  it("renames the flow and changes its description in place with one call", async () => {
    fx.clear();
    const id = entry().id;
    const result = await fx.up(() => [flow({ name: "sales_v2", description: "hourly loads" })]);
    assertStepOps(result, ["update"]);
    assert.deepEqual(fx.actions(), ["UpdateBusiness"]);
    assert.equal(entry().id, id);
    assert.equal(named("sales_v2")!.description, "hourly loads");
    assert.equal(entry().outputs.path, "业务流程/sales_v2");
  });

  it("shows a description edited in the console after a refresh and restores it on the next up", async () => {
    await updateBusiness(fx.console, {
      projectId: WORKSPACE,
      businessId: Number(entry().outputs.businessId),
      description: "console",
    });
    fx.clear();
    const refreshed = await fx.engine.refresh();
    assertStepOps(refreshed, ["read"]);
    assert.deepEqual(fx.actions(), ["GetBusiness"]);
    assert.equal(entry().outputs.description, "console");
    assert.equal(entry().inputs.description, "console");
    const result = await fx.up(() => [flow({ name: "sales_v2", description: "hourly loads" })]);
    assertStepOps(result, ["update"]);
    assert.equal(named("sales_v2")!.description, "hourly loads");
  });

  it("replaces the flow when its use type changes, deleting the old one first", async () => {
    fx.clear();
    const oldId = entry().id;
    const result = await fx.up(() => [
      flow({ name: "sales_v2", description: "hourly loads", useType: "MANUAL_BIZ" }),
    ]);
    assert.deepEqual(result.steps, [
      { urn: URN, op: "replace", replaces: ["useType"], deleteBeforeReplace: true },
    ]);
    assert.deepEqual(fx.actions(), ["DeleteBusiness", "CreateBusiness"]);
    assert.notEqual(entry().id, oldId);
    assert.equal(named("sales_v2")!.useType, "MANUAL_BIZ");
  });

  it("propagates a clash with an existing name as an error that suggests adopt", async () => {
    await createBusiness(fx.console, {
      projectId: WORKSPACE,
      businessName: "legacy",
      description: "old",
    });
    const result = await fx.up(() => [
      flow({ name: "sales_v2", description: "hourly loads", useType: "MANUAL_BIZ" }),
      new BusinessFlow("legacy", { projectId: WORKSPACE, name: "legacy" }),
    ]);
    assert.deepEqual(result.steps.map((s) => s.op).sort(), ["create", "same"]);
    assert.match(
      result.errors.join("\n"),
      /"legacy" in workspace 10000 already exists.*adopt: true/,
    );
    assert.equal(fx.engine.state.has(LEGACY_URN), false);
  });

  it("keeps an adopted flow in state when updating it fails, and finishes the update on the next up", async () => {
    const program = () => [
      flow({ name: "sales_v2", description: "hourly loads", useType: "MANUAL_BIZ" }),
      new BusinessFlow("legacy", {
        projectId: WORKSPACE,
        name: "legacy",
        description: "managed",
        adopt: true,
      }),
    ];
    fx.emulator.setFault({
      kind: "error",
      action: "UpdateBusiness",
      status: 400,
      code: "Invalid.Param",
      message: "owner is frozen",
      count: 1,
    });
    const failed = await fx.up(program);
    assert.match(failed.errors.join("\n"), /owner is frozen.*stays in the stack's state/);
    const kept = entry(LEGACY_URN);
    assert.equal(kept.id, `${WORKSPACE}/${named("legacy")!.businessId}`);
    assert.equal(kept.initErrors!.length, 1);
    assert.equal(named("legacy")!.description, "old");

    fx.clear();
    const resumed = await fx.up(program);
    assert.deepEqual(resumed.errors, []);
    assert.deepEqual(resumed.steps.map((s) => s.op).sort(), ["same", "update"]);
    assert.deepEqual(fx.actions(), ["UpdateBusiness"]);
    assert.equal(named("legacy")!.description, "managed");
    assert.equal(entry(LEGACY_URN).outputs.pending, undefined);
  });

  it("drops a flow from state when a refresh finds it deleted", async () => {
    await deleteBusiness(fx.console, {
      projectId: WORKSPACE,
      businessId: named("legacy")!.businessId,
    });
    const refreshed = await fx.engine.refresh();
    assertStepOps(refreshed, ["read", "refresh-delete"]);
    assert.equal(fx.engine.state.has(LEGACY_URN), false);
  });

  it("deletes the flow on destroy", async () => {
    fx.clear();
    const result = await fx.engine.destroy();
    assertStepOps(result, ["delete"]);
    assert.deepEqual(fx.actions(), ["DeleteBusiness"]);
    assert.deepEqual(businesses(), []);
  });
});
