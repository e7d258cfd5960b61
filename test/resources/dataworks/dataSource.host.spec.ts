import { strict as assert } from "node:assert";
import { createDataSource, deleteDataSource, updateDataSource } from "../../../provider";
import { DataSource, type DataSourceArgs } from "../../../resources/dataworks/dataSource";
import { WORKSPACE } from "./dataWorksEmulatorProvider";
import {
  assertStepOps,
  startDataWorksHost,
  type DataWorksHostFixture,
} from "./dataWorksHostFixture";

const URN = "urn:pulumi:dev::test::pulumi-nodejs:dynamic/dataworks:DataSource::sales";
const LEGACY_URN = "urn:pulumi:dev::test::pulumi-nodejs:dynamic/dataworks:DataSource::legacy";
const PASSWORD = "db-PASSWORD-1";
const content = {
  tag: "rds",
  instanceName: "rm-sales",
  database: "sales",
  username: "etl",
  rdsOwnerId: "1212",
  configType: 1,
};

interface StoredDataSource {
  dataSourceId: number;
  name: string;
  envType: number;
  content: string;
  description: string;
}

/**
 * dataworks.DataSource through the SDK's real provider host, driven as the engine drives it
 * (engine.md §2.4), with assertions on the emulator's request log and state. ListDataSources is a
 * level-3 API (spec/dataworks.md §1.8): every read must be exactly one call.
 */
describe("dataworks.DataSource through the provider host", function () {
  this.timeout(60_000);
  let fx: DataWorksHostFixture;

  const source = (args: Partial<DataSourceArgs<"mysql">> = {}) =>
    new DataSource("sales", {
      projectId: WORKSPACE,
      name: "sales_db",
      type: "mysql",
      content,
      password: PASSWORD,
      ...args,
    });
  /** The data source as the in-place update test leaves it (database sales2, a description). */
  const edited = (args: Partial<DataSourceArgs<"mysql">> = {}) =>
    source({ content: { ...content, database: "sales2" }, description: "orders", ...args });
  const up = (...resources: (() => DataSource)[]) =>
    fx.up(() => resources.map((r) => r()));
  const entry = (urn = URN) => fx.engine.state.get(urn)!;
  const sources = (): StoredDataSource[] =>
    Object.values(
      (fx.emulator.state().dataworks as { dataSources: Record<string, StoredDataSource> })
        .dataSources,
    );
  const named = (name: string, envType = 1) =>
    sources().find((d) => d.name === name && d.envType === envType);
  const storedContent = (name: string, envType = 1) =>
    JSON.parse(named(name, envType)!.content) as Record<string, unknown>;

  before(async () => {
    fx = await startDataWorksHost();
  });
  after(() => fx?.close());

  it("is configured with the whole stack config, the secret unwrapped", async () => {
    assert.equal((await fx.engine.loadProvider()).acceptSecrets, false);
  });

  it("previews a data source with an unknown password and content through Check only, without calling the service", async () => {
    const unknown = ["password", "content"];
    const result = await fx.previewWithUnknownInputs(() => [source()], unknown);
    assert.deepEqual(result.errors, []);
    assertStepOps(result, ["create"]);
    assert.deepEqual(fx.actions(), []);
  });

  it("creates the data source with the password sent inside the connection and kept secret in state", async () => {
    const result = await up(source);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(fx.actions(), ["CreateDataSource"]);
    const stored = named("sales_db")!;
    assert.equal(entry().id, `${WORKSPACE}/${stored.dataSourceId}`);
    assert.deepEqual(JSON.parse(stored.content), { ...content, password: PASSWORD });
    assert.equal(entry().outputs.password, PASSWORD);
    assert.ok(entry().secrets.has("password"));
  });

  it("keeps the credentials out of the state and logs nothing secret", () => {
    assert.equal(JSON.stringify([...fx.engine.state.values()]).includes(fx.secret), false);
    const output = fx.host.output.join("\n");
    assert.equal(output.includes(fx.secret), false);
    assert.equal(output.includes(PASSWORD), false);
  });

  it("does nothing on an up without changes", async () => {
    await fx.assertUnchangedUp(() => [source()]);
  });

  it("refreshes with one ListDataSources call and no false drift from the masked, stringified read-back", async () => {
    fx.clear();
    const before = entry().outputs;
    const refreshed = await fx.engine.refresh();
    assertStepOps(refreshed, ["read"]);
    assert.deepEqual(fx.actions(), ["ListDataSources"]);
    assert.deepEqual(entry().outputs, before);
    await fx.assertUnchangedUp(() => [source()]);
  });

  it("updates connection properties in place, resending the password", async () => {
    fx.clear();
    const id = entry().id;
    const result = await up(() => edited());
    assertStepOps(result, ["update"]);
    assert.deepEqual(fx.actions(), ["UpdateDataSource"]);
    assert.equal(entry().id, id);
    assert.deepEqual(storedContent("sales_db"), {
      ...content,
      database: "sales2",
      password: PASSWORD,
    });
    assert.equal(named("sales_db")!.description, "orders");
  });

  it("shows connection properties edited in the console after a refresh and restores them on the next up", async () => {
    await updateDataSource(fx.console, {
      dataSourceId: Number(entry().outputs.dataSourceId),
      envType: 1,
      content: { ...content, database: "console", password: "console-pass" },
      description: "orders",
    });
    await fx.engine.refresh();
    assert.equal((entry().outputs.content as Record<string, unknown>).database, "console");
    assert.equal((entry().inputs.content as Record<string, unknown>).database, "console");
    assert.equal(entry().outputs.password, PASSWORD);
    fx.clear();
    const result = await up(() => edited());
    assertStepOps(result, ["update"]);
    assert.deepEqual(storedContent("sales_db"), {
      ...content,
      database: "sales2",
      password: PASSWORD,
    });
  });

  it("rotates the password in place", async () => {
    fx.clear();
    const result = await up(() => edited({ password: "rotated-2" }));
    assertStepOps(result, ["update"]);
    assert.equal(storedContent("sales_db").password, "rotated-2");
  });

  it("replaces the data source when its environment changes, deleting the old one first", async () => {
    fx.clear();
    const result = await up(() => edited({ password: "rotated-2", envType: "development" }));
    assert.deepEqual(result.steps, [
      { urn: URN, op: "replace", replaces: ["envType"], deleteBeforeReplace: true },
    ]);
    assert.deepEqual(fx.actions(), ["DeleteDataSource", "CreateDataSource"]);
    assert.equal(named("sales_db", 1), undefined);
    assert.equal(storedContent("sales_db", 0).password, "rotated-2");
  });

  const current = () => edited({ password: "rotated-2", envType: "development" });

  it("propagates the service's errors: a taken name suggests adopt, a missing property is named", async () => {
    await createDataSource(fx.console, {
      projectId: WORKSPACE,
      name: "legacy_db",
      dataSourceType: "mysql",
      envType: 1,
      content: { ...content, password: "old" },
    });
    const clash = await up(
      current,
      () =>
        new DataSource("legacy", {
          projectId: WORKSPACE,
          name: "legacy_db",
          type: "mysql",
          content,
          password: "p",
        }),
    );
    assert.match(
      clash.errors.join("\n"),
      /"legacy_db" \(production\) in workspace 10000 already exists.*adopt: true/,
    );
    const missing = await up(
      current,
      () =>
        new DataSource("legacy", {
          projectId: WORKSPACE,
          name: "other",
          type: "mysql",
          content: { tag: "rds" },
          password: "p",
        }),
    );
    assert.match(
      missing.errors.join("\n"),
      /MissingParam\.ConnectionStr\.Property: You must specify property instanceName/,
    );
    assert.equal(fx.engine.state.has(LEGACY_URN), false);
  });

  it("keeps an adopted data source in state when updating it fails, and finishes the update on the next up", async () => {
    const legacy = () =>
      new DataSource("legacy", {
        projectId: WORKSPACE,
        name: "legacy_db",
        type: "mysql",
        content,
        password: "managed-pass",
        adopt: true,
      });
    fx.emulator.setFault({
      kind: "error",
      action: "UpdateDataSource",
      status: 400,
      code: "DataSource.CheckRamRoleFailure",
      count: 1,
    });
    const failed = await up(current, legacy);
    assert.match(
      failed.errors.join("\n"),
      /DataSource\.CheckRamRoleFailure.*stays in the stack's state/,
    );
    assert.equal(entry(LEGACY_URN).id, `${WORKSPACE}/${named("legacy_db")!.dataSourceId}`);
    assert.equal(entry(LEGACY_URN).initErrors!.length, 1);
    assert.equal(storedContent("legacy_db").password, "old");

    fx.clear();
    const resumed = await up(current, legacy);
    assert.deepEqual(resumed.errors, []);
    assert.deepEqual(resumed.steps.map((s) => s.op).sort(), ["same", "update"]);
    assert.deepEqual(fx.actions(), ["UpdateDataSource"]);
    assert.equal(storedContent("legacy_db").password, "managed-pass");
    assert.equal(entry(LEGACY_URN).outputs.pending, undefined);
  });

  it("drops a data source from state when a refresh finds it deleted", async () => {
    await deleteDataSource(fx.console, { dataSourceId: named("legacy_db")!.dataSourceId });
    fx.clear();
    const refreshed = await fx.engine.refresh();
    assertStepOps(refreshed, ["read", "refresh-delete"]);
    assert.deepEqual(fx.actions(), ["ListDataSources", "ListDataSources"]);
    assert.equal(fx.engine.state.has(LEGACY_URN), false);
  });

  it("deletes the data source on destroy", async () => {
    fx.clear();
    const result = await fx.engine.destroy();
    assertStepOps(result, ["delete"]);
    assert.deepEqual(fx.actions(), ["DeleteDataSource"]);
    assert.equal(named("sales_db", 0), undefined);
  });
});
