import { strict as assert } from "node:assert";
import { createDataSource, deleteDataSource, updateDataSource } from "../../../provider";
import { dataSourceDefinition } from "../../../resources/dataworks/dataSource";
import { AlreadyExistsError } from "../../../resources/framework/alreadyExistsError";
import { UNKNOWN } from "../../../resources/framework/unknown";
import {
  startEmulatorProvider,
  WORKSPACE,
  type EmulatorProvider,
} from "./dataWorksEmulatorProvider";

const content = {
  tag: "rds",
  instanceName: "rm-sales",
  database: "sales",
  username: "etl",
  rdsOwnerId: "1212",
};
const inputs = {
  projectId: WORKSPACE,
  name: "sales_db",
  type: "mysql",
  envType: "production",
  description: "",
  content,
  password: "s3cret-PASS",
  adopt: false,
};
const odps = {
  projectId: WORKSPACE,
  name: "warehouse",
  type: "odps",
  envType: "development",
  description: "",
  content: {
    accessId: "LTAIwarehouse",
    authType: 2,
    endpoint: "http://service.odps.aliyun.com/api",
    project: "wh",
    tag: "public",
  },
  accessKey: "ak-SECRET-value",
  adopt: false,
};

interface StoredDataSource {
  dataSourceId: number;
  name: string;
  content: string;
  description: string;
}

describe("dataworks.DataSource provider", () => {
  let env: EmulatorProvider;

  const stored = (id: number): StoredDataSource =>
    (env.emulator.state().dataworks as { dataSources: Record<string, StoredDataSource> })
      .dataSources[String(id)]!;
  const listCalls = () => env.emulator.requests({ action: "ListDataSources" });

  beforeEach(async () => {
    env = await startEmulatorProvider(dataSourceDefinition);
  });
  afterEach(() => env.close());

  describe("check", () => {
    it("accepts every documented content shape with its secret as a top-level input", async () => {
      const checked = await env.provider.check({}, { ...odps, type: " ODPS " });
      assert.equal(checked.failures, undefined);
      assert.deepEqual(checked.inputs, odps);
    });

    it("refuses a secret inside content, naming the secret input to use and never echoing the value", async () => {
      const checked = await env.provider.check(
        {},
        { ...inputs, content: { ...content, password: "leaked-pass" } },
      );
      assert.equal(checked.failures!.length, 1);
      assert.equal(checked.failures![0]!.property, "password");
      assert.match(
        checked.failures![0]!.reason,
        /content\.password: give it as the top-level secret input `password`.*given: \[secret\]/,
      );
      assert.equal(JSON.stringify(checked.failures).includes("leaked-pass"), false);
    });

    it("refuses a masked value copied from a read", async () => {
      const checked = await env.provider.check(
        {},
        { ...inputs, content: { ...content, username: "***" } },
      );
      assert.deepEqual(
        checked.failures!.map((f) => f.property),
        ["content.username"],
      );
      assert.match(checked.failures![0]!.reason, /service's mask/);
    });

    it("never shows a secret's value in a failure", async () => {
      const checked = await env.provider.check({}, { ...inputs, password: 42 });
      assert.equal(checked.failures!.length, 1);
      assert.match(checked.failures![0]!.reason, /given: \[secret\]/);
      assert.equal(checked.failures![0]!.reason.includes("42"), false);
    });

    it("applies the cross-field rules of sub-types and secrets", async () => {
      const checked = await env.provider.check({}, { ...odps, subType: "mysql", password: "p" });
      assert.deepEqual(checked.failures!.map((f) => f.property).sort(), ["password", "subType"]);
    });

    it("passes unknown values through during preview and skips the cross-field rules", async () => {
      const checked = await env.provider.check(
        {},
        { ...odps, subType: "mysql", password: UNKNOWN, content: UNKNOWN },
      );
      assert.equal(checked.failures, undefined);
      assert.deepEqual(listCalls(), []);
    });
  });

  describe("diff", () => {
    const olds = { ...inputs, dataSourceId: 7 };

    it("updates in place for new connection properties, description or password", async () => {
      for (const change of [
        { content: { ...content, database: "sales2" } },
        { description: "d" },
        { password: "rotated" },
      ]) {
        assert.deepEqual(await env.provider.diff("10000/7", olds, { ...inputs, ...change }), {
          changes: true,
          replaces: [],
          deleteBeforeReplace: false,
        });
      }
    });

    it("replaces, deleting first, for a new type, sub-type, name, environment or workspace", async () => {
      const diff = await env.provider.diff("10000/7", olds, {
        ...inputs,
        type: "rds",
        subType: "mysql",
        name: "other",
        envType: "development",
        projectId: 10001,
      });
      assert.deepEqual(diff, {
        changes: true,
        replaces: ["projectId", "name", "type", "subType", "envType"],
        deleteBeforeReplace: true,
      });
    });
  });

  describe("create", () => {
    it("sends the connection properties with the secret merged in and returns {projectId}/{dataSourceId}", async () => {
      const created = await env.provider.create(inputs);
      const id = created.outs.dataSourceId as number;
      assert.equal(created.id, `${WORKSPACE}/${id}`);
      assert.deepEqual(JSON.parse(stored(id).content), { ...content, password: "s3cret-PASS" });
      assert.equal(created.outs.password, "s3cret-PASS");
      assert.deepEqual(env.actions(), ["CreateDataSource"]);
    });

    it("refuses a name taken in the same environment with an error that suggests adopt", async () => {
      await env.provider.create(inputs);
      await assert.rejects(env.provider.create(inputs), (error: unknown) => {
        assert.ok(error instanceof AlreadyExistsError);
        assert.match(
          error.message,
          /"sales_db" \(production\) in workspace 10000 already exists .*ConnectionAlreadyExist/,
        );
        assert.match(error.message, /adopt: true/);
        return true;
      });
    });

    it("creates the same name in the other environment", async () => {
      await env.provider.create(inputs);
      const dev = await env.provider.create({ ...inputs, envType: "development" });
      assert.match(dev.id, /^10000\/\d+$/);
    });

    it("adopts an existing data source and sets the configured secret, which cannot be compared", async () => {
      const existing = await createDataSource(env.console, {
        projectId: WORKSPACE,
        name: "sales_db",
        dataSourceType: "mysql",
        envType: 1,
        content: { ...content, password: "old" },
      });
      env.emulator.clearRequests();
      const adopted = await env.provider.create({ ...inputs, adopt: true });
      assert.equal(adopted.id, `${WORKSPACE}/${existing}`);
      assert.deepEqual(env.actions(), ["ListDataSources", "UpdateDataSource"]);
      assert.equal(JSON.parse(stored(existing).content).password, "s3cret-PASS");
    });
  });

  describe("read", () => {
    it("reads with one ListDataSources call filtered by name and environment", async () => {
      const created = await env.provider.create(odps);
      env.emulator.clearRequests();
      await env.provider.read(created.id, created.outs);
      const calls = listCalls();
      assert.equal(calls.length, 1);
      const parameters = calls[0]!.parameters as Record<string, unknown>;
      assert.equal(parameters.Name, "warehouse");
      assert.equal(String(parameters.EnvType), "0");
    });

    it("brings the masked, stringified read-back into the input's form, so an unchanged source shows no diff", async () => {
      const created = await env.provider.create(odps);
      const read = await env.provider.read(created.id, created.outs);
      assert.deepEqual(read.props, created.outs);
      assert.equal(read.props!.accessKey, "ak-SECRET-value");
      assert.deepEqual((read.props!.content as Record<string, unknown>).authType, 2);
      const { adopt: _adopt, ...rest } = odps;
      assert.deepEqual(read.inputs, { ...rest, adopt: false });
      const diff = await env.provider.diff(created.id, read.props!, odps);
      assert.equal(diff.changes, false);
    });

    it("shows connection properties and description edited in the console", async () => {
      const created = await env.provider.create(inputs);
      await updateDataSource(env.console, {
        dataSourceId: created.outs.dataSourceId as number,
        envType: 1,
        content: { ...content, database: "moved", password: "console-pass" },
        description: "edited",
      });
      const read = await env.provider.read(created.id, created.outs);
      assert.equal((read.props!.content as Record<string, unknown>).database, "moved");
      assert.equal(read.props!.description, "edited");
      assert.equal(read.props!.password, "s3cret-PASS");
    });

    it("returns an empty ID when the data source was deleted", async () => {
      const created = await env.provider.create(inputs);
      await deleteDataSource(env.console, { dataSourceId: created.outs.dataSourceId as number });
      assert.deepEqual(await env.provider.read(created.id, created.outs), { id: "" });
    });

    it("returns an empty ID when the workspace is gone", async () => {
      const created = await env.provider.create(inputs);
      const id = String(created.outs.dataSourceId);
      assert.deepEqual(
        await env.provider.read(`99999/${id}`, { ...created.outs, projectId: 99999 }),
        { id: "" },
      );
    });

    it("returns an empty ID when another data source now has the name", async () => {
      const created = await env.provider.create(inputs);
      await deleteDataSource(env.console, { dataSourceId: created.outs.dataSourceId as number });
      await env.provider.create(inputs);
      assert.deepEqual(await env.provider.read(created.id, created.outs), { id: "" });
    });
  });

  describe("update and delete", () => {
    it("resends the whole connection, secret included, when only the description changes", async () => {
      const created = await env.provider.create(inputs);
      env.emulator.clearRequests();
      const updated = await env.provider.update(created.id, created.outs, {
        ...inputs,
        description: "nightly",
      });
      assert.equal(updated.outs!.description, "nightly");
      const id = created.outs.dataSourceId as number;
      assert.deepEqual(JSON.parse(stored(id).content), { ...content, password: "s3cret-PASS" });
      assert.equal(stored(id).description, "nightly");
      assert.deepEqual(env.actions(), ["UpdateDataSource"]);
    });

    it("rotates the password in place", async () => {
      const created = await env.provider.create(inputs);
      await env.provider.update(created.id, created.outs, { ...inputs, password: "rotated" });
      assert.equal(
        JSON.parse(stored(created.outs.dataSourceId as number).content).password,
        "rotated",
      );
    });

    it("deletes the data source, and treats an already deleted one as deleted", async () => {
      const created = await env.provider.create(inputs);
      await env.provider.delete(created.id, created.outs);
      await env.provider.delete(created.id, created.outs);
      assert.deepEqual(await env.provider.read(created.id, created.outs), { id: "" });
    });
  });
});
