import { strict as assert } from "node:assert";
import {
  startEmulator,
  type RunningEmulator,
  type StartEmulatorOptions,
} from "../../../../emulator";
import type { RequestLogEntry } from "../../../../emulator/server/requestLog";
import type { DataWorksState } from "../../../../emulator/services/dataworks";
import { callAlibaba, type AlibabaCallOptions, type Answer } from "../../helpers/clients";
import { FrozenRuntime } from "../../helpers/frozenRuntime";

/** Seeded workspaces (docs/emulator-dataworks.md). */
export const STANDARD = 10000;
export const SIMPLE = 10001;

export type Params = Record<string, string | number | boolean>;

/**
 * The real emulator on 127.0.0.1 port 0, with real time frozen (only `advance` moves emulator time),
 * every call signed like the SDKs sign it (RPC v1 by default). Throttling is off unless a test turns
 * it on, so the suites do not depend on how many calls they make.
 */
export class DataWorksHarness {
  private constructor(
    readonly emulator: RunningEmulator,
    readonly runtime: FrozenRuntime,
  ) {}

  static async start(options: StartEmulatorOptions = {}): Promise<DataWorksHarness> {
    const runtime = new FrozenRuntime();
    const emulator = await startEmulator({ port: 0, throttle: false, runtime, ...options });
    return new DataWorksHarness(emulator, runtime);
  }

  close(): Promise<void> {
    return this.emulator.close();
  }

  call(action: string, params: Params = {}, options: AlibabaCallOptions = {}): Promise<Answer> {
    const wire: Record<string, string> = {};
    for (const [name, value] of Object.entries(params)) wire[name] = String(value);
    return callAlibaba(this.emulator, action, wire, options);
  }

  /** The body of a call that must succeed. */
  async ok(
    action: string,
    params: Params = {},
    options: AlibabaCallOptions = {},
  ): Promise<Record<string, any>> {
    const answer = await this.call(action, params, options);
    assert.equal(
      answer.status,
      200,
      `${action} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
    );
    return answer.body;
  }

  /** Asserts a call fails with `status` and `code` (in both the DataStudio and gateway fields); returns the body. */
  async fails(
    action: string,
    params: Params,
    status: number,
    code: string,
  ): Promise<Record<string, any>> {
    const answer = await this.call(action, params);
    assert.equal(answer.status, status, `${action}: ${JSON.stringify(answer.body)}`);
    assert.equal(answer.body["Code"], code, `${action}: ${JSON.stringify(answer.body)}`);
    assert.equal(answer.body["ErrorCode"], code);
    assert.equal(answer.body["Success"], false);
    assert.equal(answer.body["HttpStatusCode"], status);
    return answer.body;
  }

  /** The DataWorks slice of the emulator's state (a deep copy). */
  state(): DataWorksState {
    return this.emulator.state()["dataworks"] as DataWorksState;
  }

  requests(action?: string): RequestLogEntry[] {
    return this.emulator.requests({
      service: "dataworks",
      ...(action !== undefined ? { action } : {}),
    });
  }

  /** The last logged request of an action. */
  lastRequest(action: string): RequestLogEntry {
    const entries = this.requests(action);
    const last = entries[entries.length - 1];
    assert.ok(last !== undefined, `no ${action} in the request log`);
    return last;
  }

  advance(ms: number): void {
    this.emulator.advanceClock(ms);
  }

  // ---- fixtures -------------------------------------------------------------------------------

  async business(name: string, projectId = STANDARD, extra: Params = {}): Promise<number> {
    const body = await this.ok("CreateBusiness", {
      ProjectId: projectId,
      BusinessName: name,
      ...extra,
    });
    return body["BusinessId"] as number;
  }

  /** A business flow and an ODPS SQL file in `业务流程/<flow>/MaxCompute`; returns the FileId. */
  async file(
    name: string,
    options: { projectId?: number; flow?: string; extra?: Params } = {},
  ): Promise<number> {
    const projectId = options.projectId ?? STANDARD;
    const flow = options.flow ?? `flow_${name}`;
    if (
      !Object.values(this.state().businesses).some(
        (b) => b.projectId === projectId && b.name === flow,
      )
    ) {
      await this.business(flow, projectId);
    }
    const body = await this.ok("CreateFile", {
      ProjectId: projectId,
      FileFolderPath: `业务流程/${flow}/MaxCompute`,
      FileName: name,
      FileType: 10,
      InputList: "dp_demo_root",
      Content: "SELECT 1;",
      ...options.extra,
    });
    return body["Data"] as number;
  }

  /** `Data.Deployment` of GetDeployment. */
  async deployment(deploymentId: number, projectId = STANDARD): Promise<Record<string, any>> {
    const body = await this.ok("GetDeployment", {
      ProjectId: projectId,
      DeploymentId: deploymentId,
    });
    return body["Data"]["Deployment"];
  }

  /** Advances emulator time until the deployment is finished; returns its final view. */
  async settle(deploymentId: number, projectId = STANDARD): Promise<Record<string, any>> {
    this.advance(60_000);
    return this.deployment(deploymentId, projectId);
  }

  /** Creates, submits and (standard mode) deploys a file, waiting for each package; returns the FileId. */
  async publishedFile(name: string, projectId = STANDARD): Promise<number> {
    const fileId = await this.file(name, { projectId });
    const submit = await this.ok("SubmitFile", { ProjectId: projectId, FileId: fileId });
    assert.equal((await this.settle(submit["Data"], projectId))["Status"], 1);
    if (projectId === STANDARD) {
      const deploy = await this.ok("DeployFile", { ProjectId: projectId, FileId: fileId });
      assert.equal((await this.settle(deploy["Data"], projectId))["Status"], 1);
    }
    return fileId;
  }
}
