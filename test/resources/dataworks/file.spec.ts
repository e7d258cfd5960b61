import { strict as assert } from "node:assert";
import {
  checkFileDeployment,
  createFile,
  deployFile,
  getFile,
  listFileVersions,
  submitFile,
  updateFile,
} from "../../../provider";
import { AlreadyExistsError } from "../../../resources/framework/alreadyExistsError";
import { PartialFailureError } from "../../../resources/framework/partialFailureError";
import { UNKNOWN } from "../../../resources/framework/unknown";
import type { RequestLogEntry } from "../../../emulator";
import { SIMPLE, STANDARD, fileInputs, startFileTestbed, type FileTestbed } from "./fileTestbed";

type Props = Record<string, unknown>;

/** How often each action appears in the log. */
function count(actions: readonly string[], action: string): number {
  return actions.filter((a) => a === action).length;
}

/** The calls of `action` the emulator accepted (HTTP 200). */
function accepted(bed: FileTestbed, action: string): RequestLogEntry[] {
  return bed.emulator.requests({ service: "dataworks", action }).filter((r) => r.status === 200);
}

/**
 * `dataworks.File` through the real provider (createProvider over fileDefinition) against the real
 * emulator: the lifecycle of spec/dataworks.md §4.2 – §4.5, with assertions on the emulator's
 * request log and state.
 */
describe("dataworks.File", () => {
  let bed: FileTestbed;

  beforeEach(async () => {
    bed = await startFileTestbed();
  });
  afterEach(() => bed.close());

  const checked = async (overrides: Props = {}): Promise<Props> => {
    const result = await bed.provider.check({}, fileInputs(overrides));
    assert.deepEqual(result.failures ?? [], []);
    return result.inputs!;
  };
  const create = async (overrides: Props = {}) => bed.provider.create(await checked(overrides));
  const fileIdOf = (id: string): number => Number(id.split("/")[1]);

  describe("check", () => {
    it("reports every invalid field at once with its path, what was given and what is allowed", async () => {
      const result = await bed.provider.check(
        {},
        fileInputs({
          fileType: 23,
          folderPath: "etl/ods",
          autoRerunTimes: 11,
          rerunMode: "SOMETIMES",
        }),
      );
      const byProperty = new Map((result.failures ?? []).map((f) => [f.property, f.reason]));
      assert.deepEqual([...byProperty.keys()].sort(), [
        "autoRerunTimes",
        "fileType",
        "folderPath",
        "rerunMode",
      ]);
      assert.match(byProperty.get("fileType")!, /data-integration.*\(given: 23\)/);
      assert.match(
        byProperty.get("folderPath")!,
        /业务流程\/<business flow>\/<category>.*\(given: "etl\/ods"\)/,
      );
      assert.deepEqual(bed.actions(), []);
    });

    it("normalises the path, the cron expression and ISO dates into the form the service reports", async () => {
      const inputs = await checked({
        folderPath: " /业务流程/etl//MaxCompute/ods/ ",
        cronExpress: "00  30 05 * *   ?",
        startEffectDate: "2025-01-31",
      });
      assert.equal(inputs.folderPath, "业务流程/etl/MaxCompute/ods");
      assert.equal(inputs.cronExpress, "00 30 05 * * ?");
      assert.equal(inputs.startEffectDate, Date.UTC(2025, 0, 31));
    });

    it("lets unknown values through during preview without false errors", async () => {
      const result = await bed.provider.check(
        {},
        fileInputs({ fileType: UNKNOWN, deploy: true, submit: UNKNOWN }),
      );
      assert.deepEqual(result.failures ?? [], []);
    });

    it("refuses a deployment without a submit", async () => {
      const result = await bed.provider.check({}, fileInputs({ submit: false, deploy: true }));
      assert.deepEqual(
        result.failures?.map((f) => f.property),
        ["deploy"],
      );
    });
  });

  describe("diff", () => {
    it("replaces the file, old one first, when its type or workspace changes", async () => {
      const created = await create();
      const diff = await bed.provider.diff(
        created.id,
        created.outs,
        await checked({ fileType: 6 }),
      );
      assert.deepEqual(diff, { changes: true, replaces: ["fileType"], deleteBeforeReplace: true });
    });

    it("changes a renamed or moved file in place", async () => {
      const created = await create();
      const news = await checked({
        fileName: "ods_user",
        folderPath: "业务流程/etl/MaxCompute/dw",
      });
      const diff = await bed.provider.diff(created.id, created.outs, news);
      assert.deepEqual(diff, { changes: true, replaces: [], deleteBeforeReplace: false });
    });
  });

  describe("create", () => {
    it("creates, submits and deploys in a standard-mode workspace, waiting for each package", async () => {
      const created = await create();
      assert.match(created.id, /^10000\/\d+$/);
      assert.deepEqual(
        bed.actions().filter((a) => a !== "GetDeployment"),
        ["GetProject", "CreateFile", "SubmitFile", "DeployFile", "GetFile"],
      );
      const outs = created.outs!;
      assert.equal(outs.fileId, fileIdOf(created.id));
      assert.equal(outs.commitStatus, 1);
      assert.equal(outs.deployedVersion, 1);
      assert.equal(outs.workspaceMode, "standard");
      assert.equal(outs.lastDeploymentStatus, "success");
      assert.equal(typeof outs.nodeId, "number");
      const deployments = (
        bed.emulator.state().dataworks as { deployments: Record<string, { kind: string }> }
      ).deployments;
      assert.equal(deployments[String(outs.lastDeploymentId)]!.kind, "deploy");
    });

    it("sends every given field to CreateFile in its wire form, and the workspace root as the default upstream", async () => {
      await create({
        description: "用户信息",
        rerunMode: "FAILURE_ALLOWED",
        autoRerunTimes: 2,
        dependentType: "USER_DEFINE",
        dependentNodeIds: [5, 10],
        inputParameters: [{ parameterName: "bizdate_input", valueSource: "dp_demo.first:bizdate" }],
        advancedSettings: { queue: "default" },
        stop: false,
      });
      const [params] = bed.paramsOf("CreateFile");
      assert.equal(params!.InputList, "dp_demo_root");
      assert.equal(params!.FileDescription, "用户信息");
      assert.equal(params!.DependentNodeIdList, "5,10");
      assert.equal(params!.AutoRerunTimes, "2");
      assert.equal(params!.Stop, "false");
      assert.deepEqual(JSON.parse(String(params!.InputParameters)), [
        { ParameterName: "bizdate_input", ValueSource: "dp_demo.first:bizdate" },
      ]);
      assert.deepEqual(JSON.parse(String(params!.AdvancedSettings)), { queue: "default" });
    });

    it("submits only, publishing straight to production, in a simple-mode workspace", async () => {
      const created = await create({ projectId: SIMPLE.projectId });
      assert.equal(count(bed.actions(), "SubmitFile"), 1);
      assert.equal(count(bed.actions(), "DeployFile"), 0);
      assert.equal(created.outs!.workspaceMode, "simple");
      assert.equal(created.outs!.deployedVersion, 1);
    });

    it("leaves the file saved but unsubmitted with submit: false", async () => {
      const created = await create({ submit: false });
      assert.equal(count(bed.actions(), "SubmitFile"), 0);
      assert.equal(created.outs!.commitStatus, 0);
      assert.equal(created.outs!.nodeId, undefined);
    });

    it("submits without deploying with deploy: false", async () => {
      const created = await create({ deploy: false });
      assert.equal(count(bed.actions(), "DeployFile"), 0);
      assert.equal(created.outs!.commitStatus, 1);
      assert.equal(created.outs!.deployedVersion, undefined);
    });

    it("sets the output names, an UpdateFile-only parameter, right after CreateFile", async () => {
      const created = await create({ outputList: ["dp_demo.ods_user_out"] });
      const actions = bed.actions();
      assert.deepEqual(actions.slice(0, 4), ["GetProject", "CreateFile", "GetFile", "UpdateFile"]);
      assert.deepEqual(bed.paramsOf("UpdateFile")[0]!.OutputList, "dp_demo.ods_user_out");
      assert.deepEqual(created.outs!.outputList, ["dp_demo.ods_user_out"]);
    });

    it("logs the state and elapsed time of every wait", async () => {
      await create();
      const progress = bed.lines.filter((l) =>
        /submitting dataworks\.File ods_user_info_d/.test(l),
      );
      // The first poll comes one interval (2 s) after SubmitFile, when the package runs.
      assert.match(progress[0]!, /\(deployment \d+\): running \(2 s elapsed\)/);
      assert.match(progress[progress.length - 1]!, /: succeeded \(\d+ s elapsed\)/);
    });

    it("refuses a file whose name is taken and suggests adopt", async () => {
      await create();
      await assert.rejects(create({ content: "SELECT 2;" }), (error: unknown) => {
        assert.ok(error instanceof AlreadyExistsError);
        assert.match(
          error.message,
          /file "ods_user_info_d" in 业务流程\/etl\/MaxCompute\/ods of workspace 10000 already exists.*adopt: true/,
        );
        return true;
      });
    });

    it("adopts an existing file by workspace, folder path and name, updating only what differs", async () => {
      const fileId = await createFile(bed.consoleUser, {
        projectId: STANDARD.projectId,
        fileFolderPath: "业务流程/etl/MaxCompute/ods",
        fileName: "ods_user_info_d",
        fileType: 10,
        content: "SELECT 0;",
        cronExpress: "00 30 05 * * ?",
        inputList: ["dp_demo_root"],
      });
      bed.clearLog();
      const adopted = await create({ adopt: true });
      assert.equal(adopted.id, `10000/${fileId}`);
      assert.deepEqual(bed.paramsOf("UpdateFile"), [
        { ProjectId: "10000", FileId: String(fileId), Content: "SELECT 1;", AutoRerunTimes: "3" },
      ]);
      assert.equal(count(bed.actions(), "CreateFile"), 0);
      assert.equal(adopted.outs!.deployedVersion, 1);
    });

    it("does not duplicate a file whose CreateFile answer was lost after the commit", async () => {
      bed.emulator.setFault({ kind: "resetAfter", action: "CreateFile", count: 1 });
      const created = await create();
      assert.equal(count(bed.actions(), "CreateFile"), 1);
      assert.ok(bed.actions().includes("ListFiles"));
      const files = Object.values(
        (bed.emulator.state().dataworks as { files: Record<string, unknown> }).files,
      );
      assert.equal(files.length, 1);
      assert.equal(created.outs!.deployedVersion, 1);
      assert.ok(bed.lines.some((l) => /warn: Creating dataworks:File .* unknown outcome/.test(l)));
    });
  });

  describe("partial failure", () => {
    it("keeps a created file in state when its deployment fails, and the next up only deploys", async () => {
      bed.emulator.setFault({
        kind: "error",
        action: "DeployFile",
        status: 400,
        code: "Invalid.Param",
        count: 1,
      });
      const inputs = await checked();
      const failure = await bed.provider.create(inputs).then(
        () => assert.fail("create should fail"),
        (error: unknown) => error,
      );
      assert.ok(failure instanceof PartialFailureError);
      assert.match(failure.id, /^10000\/\d+$/);
      assert.match(failure.reasons[0]!, /DeployFile failed \(HTTP 400\): Invalid\.Param/);
      assert.deepEqual(failure.properties.pending, failure.reasons);

      bed.clearLog();
      const diff = await bed.provider.diff(failure.id, failure.properties, inputs);
      assert.equal(diff.changes, true);
      const resumed = await bed.provider.update(failure.id, failure.properties, inputs);
      const actions = bed.actions();
      assert.deepEqual(
        [count(actions, "CreateFile"), count(actions, "SubmitFile"), count(actions, "DeployFile")],
        [0, 0, 1],
      );
      assert.equal(resumed.outs!.pending, undefined);
      assert.equal(resumed.outs!.deployedVersion, 1);
    });

    it("records a failed deployment package in the state it keeps", async () => {
      await bed.close();
      bed = await startFileTestbed({
        serviceOptions: { "dataworks.failDeploymentsOf": ["broken"] },
      });
      const failure = await bed.provider.create(await checked({ fileName: "broken" })).then(
        () => assert.fail("create should fail"),
        (error: unknown) => error,
      );
      assert.ok(failure instanceof PartialFailureError);
      assert.match(
        failure.message,
        /submitting dataworks\.File broken .* ended in state failed: Deployment failed/,
      );
      assert.equal(failure.properties.lastDeploymentStatus, "failed");
      assert.equal(typeof failure.properties.lastDeploymentId, "number");
    });

    it("times out after the create timeout and resumes the same package on the next up", async () => {
      await bed.close();
      bed = await startFileTestbed({ serviceOptions: { "dataworks.deploymentCheck": "callback" } });
      const inputs = await checked({ timeouts: { create: 1 } });
      const started = bed.clock.now();
      const failure = await bed.provider.create(inputs).then(
        () => assert.fail("create should time out"),
        (error: unknown) => error,
      );
      assert.ok(failure instanceof PartialFailureError);
      assert.match(
        failure.reasons[0]!,
        /Timed out after 60 s waiting for submitting .*last observed state: checking/,
      );
      assert.ok(bed.clock.now() - started <= 61_000);
      assert.equal(failure.properties.lastDeploymentStatus, "pending");

      const deploymentId = failure.properties.lastDeploymentId as number;
      const deployments = (
        bed.emulator.state().dataworks as {
          deployments: Record<string, { check: { checkerInstanceId: string } }>;
        }
      ).deployments;
      await checkFileDeployment(bed.consoleUser, {
        checkerInstanceId: deployments[String(deploymentId)]!.check.checkerInstanceId,
        status: "OK",
      });
      bed.clearLog();
      const resumed = await bed.provider.update(failure.id, failure.properties, inputs);
      assert.equal(count(bed.actions(), "SubmitFile"), 0);
      assert.equal(count(bed.actions(), "DeployFile"), 1);
      assert.equal(resumed.outs!.deployedVersion, 1);
    });
    it("logs the state of a long wait at least every 30 seconds", async () => {
      await bed.close();
      bed = await startFileTestbed({ serviceOptions: { "dataworks.deploymentCheck": "callback" } });
      await bed.provider.create(await checked({ timeouts: { create: 3 } })).catch(() => undefined);
      const elapsed = bed.lines
        .filter((l) => /submitting dataworks\.File .*: checking \(\d+ s elapsed\)/.test(l))
        .map((l) => Number(/\((\d+) s elapsed\)/.exec(l)![1]));
      assert.ok(elapsed.length >= 6, `${elapsed.length} lines`);
      for (let i = 1; i < elapsed.length; i += 1) assert.ok(elapsed[i]! - elapsed[i - 1]! <= 30);
    });
  });

  describe("update", () => {
    it("sends only the changed fields, then submits and deploys again", async () => {
      const created = await create({ description: "v1", autoRerunTimes: 2 });
      bed.clearLog();
      const updated = await bed.provider.update(
        created.id,
        created.outs!,
        await checked({ description: "v1", autoRerunTimes: 2, content: "SELECT 2;" }),
      );
      assert.deepEqual(bed.paramsOf("UpdateFile"), [
        {
          ProjectId: "10000",
          FileId: String(created.outs!.fileId),
          Content: "SELECT 2;",
          AutoRerunTimes: "2",
        },
      ]);
      assert.deepEqual(
        bed.actions().filter((a) => a !== "GetDeployment"),
        ["GetFile", "UpdateFile", "SubmitFile", "DeployFile", "GetFile"],
      );
      assert.equal(updated.outs!.deployedVersion, 2);
      assert.equal(updated.outs!.content, "SELECT 2;");
    });

    it("passes the strictest reading of 'every sent parameter must differ'", async () => {
      await bed.close();
      bed = await startFileTestbed({
        serviceOptions: { "dataworks.updateFileUnchanged": "rejectAnyUnchanged" },
      });
      const created = await create({ description: "v1" });
      // The state is stale: the content was changed back in the console since the last up.
      const stale = { ...created.outs!, content: "SELECT 0;" };
      const updated = await bed.provider.update(
        created.id,
        stale,
        await checked({ description: "v2", content: "SELECT 1;" }),
      );
      assert.equal(updated.outs!.description, "v2");
      assert.deepEqual(Object.keys(bed.paramsOf("UpdateFile")[0]!).sort(), [
        "AutoRerunTimes",
        "FileDescription",
        "FileId",
        "ProjectId",
      ]);
    });

    it("renames and moves the file in place, keeping its ID", async () => {
      const created = await create();
      bed.clearLog();
      const updated = await bed.provider.update(
        created.id,
        created.outs!,
        await checked({ fileName: "ods_user", folderPath: "业务流程/etl/MaxCompute/dw" }),
      );
      const [params] = bed.paramsOf("UpdateFile");
      assert.equal(params!.FileName, "ods_user");
      assert.equal(params!.FileFolderPath, "业务流程/etl/MaxCompute/dw");
      assert.equal(updated.outs!.fileId, created.outs!.fileId);
      assert.notEqual(updated.outs!.folderId, created.outs!.folderId);
      const live = await getFile(bed.consoleUser, {
        projectId: STANDARD.projectId,
        fileId: fileIdOf(created.id),
      });
      assert.equal(live.file.fileName, "ods_user");
    });

    it("deploys without UpdateFile when only the deploy switch changes", async () => {
      const created = await create({ deploy: false });
      bed.clearLog();
      const updated = await bed.provider.update(
        created.id,
        created.outs!,
        await checked({ deploy: true }),
      );
      assert.equal(count(bed.actions(), "UpdateFile"), 0);
      assert.equal(count(bed.actions(), "SubmitFile"), 0);
      assert.equal(count(bed.actions(), "DeployFile"), 1);
      assert.equal(updated.outs!.deployedVersion, 1);
    });

    it("stops managing a field the program no longer sets, leaving its value alone", async () => {
      const created = await create({ description: "v1" });
      bed.clearLog();
      const news = await checked();
      const diff = await bed.provider.diff(created.id, created.outs!, news);
      assert.equal(diff.changes, true);
      const updated = await bed.provider.update(created.id, created.outs!, news);
      assert.equal(count(bed.actions(), "UpdateFile"), 0);
      assert.equal("description" in updated.outs!, false);
      const again = await bed.provider.diff(created.id, updated.outs!, news);
      assert.equal(again.changes, false);
    });
  });

  describe("read", () => {
    it("returns the managed fields as the service reports them, with inputs, and no drift after create", async () => {
      const created = await create({
        rerunMode: "ALL_DENIED",
        resourceGroupIdentifier: "group_375827434852437",
      });
      const read = await bed.provider.read(created.id, created.outs!);
      assert.equal(read.id, created.id);
      assert.deepEqual(read.props, created.outs);
      assert.equal((read.inputs as Props).rerunMode, "ALL_DENIED");
      assert.equal((read.inputs as Props).resourceGroupIdentifier, "group_375827434852437");
    });

    it("shows content edited in the console, saved but not submitted, as drift", async () => {
      const created = await create();
      const fileId = fileIdOf(created.id);
      await updateFile(bed.consoleUser, {
        projectId: STANDARD.projectId,
        fileId,
        content: "SELECT 'console';",
        autoRerunTimes: 3,
      });
      const read = await bed.provider.read(created.id, created.outs!);
      assert.equal((read.props as Props).content, "SELECT 'console';");
      assert.equal((read.props as Props).commitStatus, 0);
      assert.equal((read.inputs as Props).submit, false);
      const diff = await bed.provider.diff(created.id, read.props as Props, await checked());
      assert.equal(diff.changes, true);
    });

    it("shows a version submitted in the console but not deployed as drift that the next up deploys", async () => {
      const created = await create();
      const fileId = fileIdOf(created.id);
      await updateFile(bed.consoleUser, {
        projectId: STANDARD.projectId,
        fileId,
        content: "SELECT 1;  ",
        autoRerunTimes: 3,
      });
      await submitFile(bed.consoleUser, { projectId: STANDARD.projectId, fileId });
      bed.emulator.advanceClock(60_000);
      const read = await bed.provider.read(created.id, created.outs!);
      const props = read.props as Props;
      assert.equal(props.deploy, false);
      assert.equal(props.currentVersion, 2);
      assert.equal(props.deployedVersion, 1);

      bed.clearLog();
      const updated = await bed.provider.update(created.id, props, await checked());
      assert.deepEqual(
        bed.paramsOf("UpdateFile").map((p) => p.Content),
        ["SELECT 1;"],
      );
      assert.equal(count(bed.actions(), "DeployFile"), 1);
      assert.equal(updated.outs!.deployedVersion, 3);
    });

    it("reports a deleted file as gone", async () => {
      const created = await create();
      await bed.provider.delete(created.id, created.outs!);
      const read = await bed.provider.read(created.id, created.outs!);
      assert.deepEqual(read, { id: "" });
    });

    it("reports a file unknown to the service as gone", async () => {
      const created = await create();
      const read = await bed.provider.read("10000/999999", created.outs!);
      assert.deepEqual(read, { id: "" });
    });
  });

  describe("delete", () => {
    it("deletes a deployed file and publishes the deletion to production in a standard-mode workspace", async () => {
      const created = await create();
      bed.clearLog();
      await bed.provider.delete(created.id, created.outs!);
      assert.deepEqual(
        bed.actions().filter((a) => a !== "GetDeployment"),
        ["DeleteFile", "DeployFile"],
      );
      const live = await getFile(bed.consoleUser, {
        projectId: STANDARD.projectId,
        fileId: fileIdOf(created.id),
      });
      assert.equal(live.file.deletedStatus, "DELETED");
    });

    it("needs no deployment of the deletion in a simple-mode workspace", async () => {
      const created = await create({ projectId: SIMPLE.projectId });
      bed.clearLog();
      await bed.provider.delete(created.id, created.outs!);
      assert.equal(count(bed.actions(), "DeployFile"), 0);
      const live = await getFile(bed.consoleUser, {
        projectId: SIMPLE.projectId,
        fileId: fileIdOf(created.id),
      });
      assert.equal(live.file.deletedStatus, "DELETED");
    });

    it("deletes a never-submitted file at once, with nothing to wait for", async () => {
      const created = await create({ submit: false });
      bed.clearLog();
      await bed.provider.delete(created.id, created.outs!);
      assert.deepEqual(bed.actions(), ["DeleteFile"]);
    });

    it("resumes a delete that stopped in the recycle bin by publishing the deletion only", async () => {
      const created = await create();
      bed.emulator.setFault({
        kind: "error",
        action: "DeployFile",
        status: 400,
        code: "Invalid.Param",
        count: 1,
      });
      await assert.rejects(bed.provider.delete(created.id, created.outs!), /DeployFile failed/);
      bed.clearLog();
      await bed.provider.delete(created.id, created.outs!);
      assert.deepEqual(
        bed.actions().filter((a) => a !== "GetDeployment"),
        // DeleteFile refuses the deleted file; GetFile finds it in the recycle bin.
        ["DeleteFile", "GetFile", "ListFileVersions", "GetFile", "DeployFile"],
      );
      const live = await getFile(bed.consoleUser, {
        projectId: STANDARD.projectId,
        fileId: fileIdOf(created.id),
      });
      assert.equal(live.file.deletedStatus, "DELETED");
    });

    it("resumes a delete that timed out while its package ran, waiting for that package first", async () => {
      const created = await create();
      const outs = { ...created.outs!, timeouts: { delete: 0.01 } };
      await assert.rejects(
        bed.provider.delete(created.id, outs),
        /Timed out after \d+ s waiting for deleting/,
      );
      bed.clearLog();
      await bed.provider.delete(created.id, created.outs!);
      const actions = bed.actions().filter((a) => a !== "GetDeployment");
      // DeleteFile is tried and refused (the file is in the recycle bin): no second package.
      assert.deepEqual(accepted(bed, "DeleteFile"), []);
      assert.deepEqual(actions.slice(-2), ["GetFile", "DeployFile"]);
      const live = await getFile(bed.consoleUser, {
        projectId: STANDARD.projectId,
        fileId: fileIdOf(created.id),
      });
      assert.equal(live.file.deletedStatus, "DELETED");
    });

    it("finishes a delete whose DeleteFile answer was lost after the service committed it", async () => {
      const created = await create();
      bed.emulator.setFault({ kind: "resetAfter", action: "DeleteFile", count: 1 });
      bed.clearLog();
      await bed.provider.delete(created.id, created.outs!);
      assert.equal(accepted(bed, "DeleteFile").length, 1);
      assert.equal(count(bed.actions(), "DeployFile"), 1);
      const live = await getFile(bed.consoleUser, {
        projectId: STANDARD.projectId,
        fileId: fileIdOf(created.id),
      });
      assert.equal(live.file.deletedStatus, "DELETED");
    });

    it("treats a file that is already gone as deleted", async () => {
      const created = await create({ submit: false });
      await bed.provider.delete(created.id, created.outs!);
      await bed.provider.delete(created.id, created.outs!);
      assert.equal(accepted(bed, "DeleteFile").length, 1);
    });
  });
  describe("calls per operation (the spec's minimum, §4.2 – §4.5)", () => {
    /** Emulator milliseconds from each package-starting call to the GetDeployment after it. */
    const firstPollDelays = (): number[] => {
      const log = bed.emulator.requests({ service: "dataworks" });
      const delays: number[] = [];
      log.forEach((entry, i) => {
        if (!["SubmitFile", "DeployFile", "DeleteFile"].includes(entry.action)) return;
        const poll = log.slice(i + 1).find((later) => later.action === "GetDeployment");
        if (poll !== undefined) delays.push(Date.parse(poll.time) - Date.parse(entry.time));
      });
      return delays;
    };
    const publishedVersion = async (fileId: number): Promise<number | undefined> => {
      const versions = await listFileVersions(bed.consoleUser, {
        projectId: STANDARD.projectId,
        fileId,
      });
      return versions.find((v) => v.isCurrentProd === true)?.fileVersion;
    };

    it("goes from CreateFile straight to SubmitFile, without reading the file it just created", async () => {
      await create();
      const actions = bed.actions();
      assert.equal(actions[actions.indexOf("CreateFile") + 1], "SubmitFile");
      assert.equal(count(actions, "GetFile"), 1);
    });

    it("polls a package first one interval after starting it, never while it can only be queued", async () => {
      await create();
      const delays = firstPollDelays();
      assert.equal(delays.length, 2);
      for (const delay of delays) assert.ok(delay >= 2_000, `first poll after ${delay} ms`);
      // Submit (3 s) and deploy (4 s) packages are each seen at 2 s and 5 s: no poll at 0 s.
      assert.equal(count(bed.actions(), "GetDeployment"), 4);
    });

    it("reports the deployed version of a create from GetFile, without ListFileVersions", async () => {
      const created = await create();
      assert.equal(count(bed.actions(), "ListFileVersions"), 0);
      assert.equal(created.outs!.deployedVersion, await publishedVersion(fileIdOf(created.id)));
    });

    it("goes from UpdateFile straight to SubmitFile and reports the deployed version without ListFileVersions", async () => {
      const created = await create();
      bed.clearLog();
      const updated = await bed.provider.update(
        created.id,
        created.outs!,
        await checked({ content: "SELECT 2;" }),
      );
      assert.deepEqual(
        bed.actions().filter((a) => a !== "GetDeployment"),
        ["GetFile", "UpdateFile", "SubmitFile", "DeployFile", "GetFile"],
      );
      assert.equal(updated.outs!.deployedVersion, 2);
      assert.equal(updated.outs!.deployedVersion, await publishedVersion(fileIdOf(created.id)));
    });

    it("sets output names changed in the console back from the GetFile before UpdateFile", async () => {
      const created = await create({ outputList: ["dp_demo.ods_user_out"] });
      const fileId = fileIdOf(created.id);
      await updateFile(bed.consoleUser, {
        projectId: STANDARD.projectId,
        fileId,
        outputList: ["dp_demo.console_out"],
        autoRerunTimes: 3,
      });
      bed.clearLog();
      const updated = await bed.provider.update(
        created.id,
        created.outs!,
        await checked({ outputList: ["dp_demo.ods_user_out"], content: "SELECT 2;" }),
      );
      assert.deepEqual(bed.actions().slice(0, 4), [
        "GetFile",
        "UpdateFile",
        "UpdateFile",
        "SubmitFile",
      ]);
      assert.equal(bed.paramsOf("UpdateFile")[1]!.OutputList, "dp_demo.ods_user_out");
      assert.deepEqual(updated.outs!.outputList, ["dp_demo.ods_user_out"]);
    });

    it("deletes a file recorded in production with DeleteFile and DeployFile only, reading nothing", async () => {
      const created = await create();
      bed.clearLog();
      await bed.provider.delete(created.id, created.outs!);
      assert.deepEqual(
        bed.actions().filter((a) => a !== "GetDeployment"),
        ["DeleteFile", "DeployFile"],
      );
      for (const delay of firstPollDelays()) assert.ok(delay >= 2_000, `first poll after ${delay} ms`);
      const live = await getFile(bed.consoleUser, {
        projectId: STANDARD.projectId,
        fileId: fileIdOf(created.id),
      });
      assert.equal(live.file.deletedStatus, "DELETED");
    });

    it("reads the file before publishing a deletion the state cannot vouch for, and skips it when the file never reached production", async () => {
      const created = await create({ deploy: false });
      bed.clearLog();
      await bed.provider.delete(created.id, created.outs!);
      assert.deepEqual(
        bed.actions().filter((a) => a !== "GetDeployment"),
        ["DeleteFile", "GetFile"],
      );
    });

    it("publishes the deletion of a file deployed in the console since the state was recorded", async () => {
      const created = await create({ deploy: false });
      await deployFile(bed.consoleUser, {
        projectId: STANDARD.projectId,
        fileId: fileIdOf(created.id),
        comment: "console",
      });
      bed.emulator.advanceClock(10_000);
      bed.clearLog();
      await bed.provider.delete(created.id, created.outs!);
      assert.deepEqual(bed.actions().filter((a) => a !== "GetDeployment"), [
        "DeleteFile",
        "GetFile",
        "DeployFile",
      ]);
      const live = await getFile(bed.consoleUser, {
        projectId: STANDARD.projectId,
        fileId: fileIdOf(created.id),
      });
      assert.equal(live.file.deletedStatus, "DELETED");
    });
  });
});
