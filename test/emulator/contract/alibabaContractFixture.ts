/**
 * Drives the emulator's DataWorks API with Alibaba's own Node clients, exactly as a user's program
 * would: `@alicloud/pop-core` (RPC v1, HMAC-SHA1, GET query or POST form) and
 * `@alicloud/openapi-client` (ACS3-HMAC-SHA256 by default; RPC v1 with `signatureAlgorithm: "v2"`),
 * called the way the generated DataWorks 2020-05-18 client calls it (`style: RPC`, `pathname: /`,
 * `method: POST`, `reqBodyType: formData`, spec/signing.md §3.1).
 *
 * Every answer goes through the client's own parsing: a success is what the client returned, a
 * failure is the error the client threw (`code`, and `data` = the parsed body for openapi-client).
 * Both clients sign with the machine's clock, so a test may move the emulator clock only by a few
 * minutes in total (the gateway accepts ±15 minutes, spec/signing.md §2.5 step 4).
 */
import { strict as assert } from "node:assert";
import RPCClient from "@alicloud/pop-core";
import OpenApiClient, { Config, OpenApiRequest, Params } from "@alicloud/openapi-client";
import { RuntimeOptions } from "@alicloud/tea-util";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import { DEFAULT_CREDENTIALS } from "../../../emulator/credentials";

export const ALIBABA_KEY = DEFAULT_CREDENTIALS.alibaba[0]!;
export const API_VERSION = "2020-05-18";
/** The seeded workspaces (issue 3: standard mode `10000`/`dp_demo`, simple mode `10001`/`dp_simple`). */
export const STANDARD_PROJECT = { id: 10000, identifier: "dp_demo" } as const;
export const SIMPLE_PROJECT = { id: 10001, identifier: "dp_simple" } as const;
/** DataStudio folder paths start with the business-flow root (spec/dataworks.md §2.5). */
export const BUSINESS_ROOT = "业务流程";

export type Param = string | number | boolean;

/** One official client, reduced to "call an action, get the parsed body or the client's error". */
export interface DataWorksClient {
  readonly name: string;
  call(action: string, params?: Readonly<Record<string, Param>>): Promise<Record<string, unknown>>;
}

/** What the clients throw, as far as the tests look at it. */
export interface ClientError extends Error {
  code: string;
  /** openapi-client: the parsed error body plus `statusCode`; pop-core: the parsed body. */
  data?: Record<string, unknown>;
}

/** The emulator as the contract tests use it: the real services, throttling off (the clients do not retry). */
export function startContractEmulator(): Promise<RunningEmulator> {
  return startEmulator({ port: 0, throttle: false });
}

export function popCoreClient(
  emulator: RunningEmulator,
  method: "GET" | "POST",
  credentials = ALIBABA_KEY,
): DataWorksClient {
  const client = new RPCClient({
    endpoint: emulator.url,
    apiVersion: API_VERSION,
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
  });
  return {
    name: `pop-core ${method}`,
    call: async (action, params = {}) =>
      client.request<Record<string, unknown>>(action, { ...params }, { method, timeout: 10_000 }),
  };
}

export interface OpenApiOptions {
  /** `"v2"` switches openapi-client to RPC v1 (`doRPCRequest`); default ACS3-HMAC-SHA256. */
  readonly signatureAlgorithm?: "v2";
  /** Where the business parameters travel: the form body (CreateFolder in the generated client) or the query. */
  readonly paramsIn: "body" | "query";
  readonly credentials?: { accessKeyId: string; accessKeySecret: string };
}

export function openApiClient(emulator: RunningEmulator, options: OpenApiOptions): DataWorksClient {
  const credentials = options.credentials ?? ALIBABA_KEY;
  const client = new OpenApiClient(
    new Config({
      accessKeyId: credentials.accessKeyId,
      accessKeySecret: credentials.accessKeySecret,
      // The SDK signs `host` exactly as configured, port included (spec/signing.md §3.2).
      endpoint: new URL(emulator.url).host,
      protocol: "http",
      regionId: "cn-shanghai",
      ...(options.signatureAlgorithm !== undefined ? { signatureAlgorithm: options.signatureAlgorithm } : {}),
    }),
  );
  const runtime = new RuntimeOptions({ autoretry: false, readTimeout: 10_000, connectTimeout: 5_000 });
  return {
    name: `openapi-client ${options.signatureAlgorithm === "v2" ? "RPC v1" : "ACS3"} (${options.paramsIn})`,
    call: async (action, params = {}) => {
      // The generated client stringifies every value (OpenApiUtil.query) before sending it.
      const strings = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
      const request = new OpenApiRequest(
        options.paramsIn === "body" ? { query: {}, body: strings } : { query: strings },
      );
      const answer = (await client.callApi(
        new Params({
          action,
          version: API_VERSION,
          protocol: "HTTP",
          pathname: "/",
          method: "POST",
          authType: "AK",
          style: "RPC",
          reqBodyType: "formData",
          bodyType: "json",
        }),
        request,
        runtime,
      )) as { statusCode: number; body: Record<string, unknown> };
      assert.equal(answer.statusCode, 200);
      return answer.body;
    },
  };
}

/** Runs `call` and returns the error the client threw; fails the test if it did not throw. */
export async function clientError(call: Promise<unknown>): Promise<ClientError> {
  try {
    await call;
  } catch (err) {
    return err as ClientError;
  }
  assert.fail("the client returned instead of throwing");
}

/** Moves the emulator clock through the control API, as a user's test would. */
export async function advanceClock(emulator: RunningEmulator, ms: number): Promise<void> {
  const res = await fetch(`${emulator.url}/__emulator/clock/advance`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ms }),
  });
  assert.equal(res.status, 200);
  await res.arrayBuffer();
}

export interface DeploymentView {
  Status: number;
  ToEnvironment: number;
  FromEnvironment: number;
  CheckingStatus?: number;
  ErrorMessage?: string;
  Name: string;
}

export async function getDeployment(
  client: DataWorksClient,
  deploymentId: unknown,
): Promise<DeploymentView> {
  const body = await client.call("GetDeployment", {
    ProjectId: STANDARD_PROJECT.id,
    DeploymentId: Number(deploymentId),
  });
  return (body["Data"] as { Deployment: DeploymentView }).Deployment;
}

/**
 * Polls a deployment the way a provider does (spec/dataworks.md §4.3): read it, and while `Status`
 * is 0 move the emulator clock on and read again. Returns the terminal view and how many reads
 * showed it still running.
 */
export async function pollDeployment(
  emulator: RunningEmulator,
  client: DataWorksClient,
  deploymentId: unknown,
): Promise<{ final: DeploymentView; pending: number }> {
  let pending = 0;
  for (let attempt = 0; attempt < 20; attempt++) {
    const view = await getDeployment(client, deploymentId);
    if (view.Status !== 0) return { final: view, pending };
    pending += 1;
    await advanceClock(emulator, 2_000);
  }
  assert.fail(`deployment ${String(deploymentId)} never finished`);
}

/** The common success envelope of the DataStudio family (spec/dataworks.md §1.6). */
export function assertStudioOk(body: Record<string, unknown>): void {
  assert.equal(typeof body["RequestId"], "string");
  assert.equal(Number(body["HttpStatusCode"]), 200);
  assert.equal(String(body["Success"]), "true");
  // spec/dataworks.md §4.10: ErrorCode / ErrorMessage are omitted on success.
  assert.equal(body["ErrorCode"], undefined);
  assert.equal(body["ErrorMessage"], undefined);
}

/** A unique-enough suffix so the names of one run never collide with another's in the same emulator. */
export function uniqueName(prefix: string, index: number): string {
  return `${prefix}_${index.toString().padStart(2, "0")}`;
}

type Files = Array<Record<string, unknown>>;

/**
 * The DataWorks contract every official client must pass (issue 3, "Proof that it is faithful"): the
 * full file lifecycle, data sources and paging, each answer parsed by the client itself. The cases of
 * one `describe` run in order and share the objects they create.
 */
export function describeDataWorksContract(
  label: string,
  makeClient: (emulator: RunningEmulator) => DataWorksClient,
): void {
  describe(label, () => {
    let emulator: RunningEmulator;
    let client: DataWorksClient;
    before(async () => {
      emulator = await startContractEmulator();
      client = makeClient(emulator);
    });
    after(() => emulator.close());

    const project = { ProjectId: STANDARD_PROJECT.id };

    describe("file lifecycle", () => {
      const flow = "contract_flow";
      const folderPath = `${BUSINESS_ROOT}/${flow}/MaxCompute/ods`;
      let businessId = 0;
      let fileId = 0;
      let nodeId = 0;

      it("CreateBusiness: answers the new BusinessId at the top level, not in Data", async () => {
        const body = await client.call("CreateBusiness", { ...project, BusinessName: flow, Description: "d" });
        assertStudioOk(body);
        assert.equal(body["Data"], undefined); // spec/dataworks.md §1.6 "Same, ID at top level"
        businessId = Number(body["BusinessId"]);
        assert.ok(Number.isSafeInteger(businessId) && businessId > 0);
      });

      it("GetBusiness: reads the business flow back by its id", async () => {
        const body = await client.call("GetBusiness", { ...project, BusinessId: businessId });
        assertStudioOk(body);
        const data = body["Data"] as Record<string, unknown>;
        assert.deepEqual([Number(data["BusinessId"]), data["BusinessName"]], [businessId, flow]);
      });

      it("CreateFolder: answers the FolderId as Data, and GetFolder finds it by path", async () => {
        const created = await client.call("CreateFolder", { ...project, FolderPath: folderPath });
        assertStudioOk(created);
        const folderId = created["Data"];
        assert.equal(typeof folderId, "string"); // spec/dataworks.md §3.3.1: Data (String)
        const read = await client.call("GetFolder", { ...project, FolderPath: folderPath });
        assert.equal((read["Data"] as Record<string, unknown>)["FolderId"], folderId);
      });

      it("CreateFile: answers the FileId, and GetFile shows it saved but not committed", async () => {
        const created = await client.call("CreateFile", {
          ...project,
          FileFolderPath: folderPath,
          FileName: "ods_contract",
          FileType: 10,
          InputList: `${STANDARD_PROJECT.identifier}_root`,
          Content: "SELECT 1;",
          CronExpress: "00 05 00 * * ?",
          CycleType: "DAY",
        });
        assertStudioOk(created);
        fileId = Number(created["Data"]);
        const read = await client.call("GetFile", { ...project, FileId: fileId });
        const file = (read["Data"] as Record<string, Record<string, unknown>>)["File"]!;
        assert.deepEqual(
          [file["FileName"], file["Content"], file["CommitStatus"], Number(file["BusinessId"])],
          ["ods_contract", "SELECT 1;", 0, businessId],
        );
      });

      it("SubmitFile: answers a development deployment that is pending, then succeeds as time passes", async () => {
        const body = await client.call("SubmitFile", { ...project, FileId: fileId, Comment: "first" });
        assertStudioOk(body);
        const { final, pending } = await pollDeployment(emulator, client, body["Data"]);
        assert.ok(pending >= 1, "the deployment finished before any time passed");
        // spec/dataworks.md §4.3: submit packages go from local (0) to development (1).
        assert.deepEqual([final.Status, final.FromEnvironment, final.ToEnvironment], [1, 0, 1]);
      });

      it("GetFile: shows the submitted file committed, with a NodeId and version 1", async () => {
        const read = await client.call("GetFile", { ...project, FileId: fileId });
        const file = (read["Data"] as Record<string, Record<string, unknown>>)["File"]!;
        nodeId = Number(file["NodeId"]);
        assert.deepEqual([file["CommitStatus"], file["CurrentVersion"]], [1, 1]);
        assert.ok(nodeId > 0);
      });

      it("DeployFile: answers a production deployment that succeeds as time passes", async () => {
        const body = await client.call("DeployFile", { ...project, FileId: fileId, Comment: "to prod" });
        assertStudioOk(body);
        const { final } = await pollDeployment(emulator, client, body["Data"]);
        assert.deepEqual([final.Status, final.FromEnvironment, final.ToEnvironment], [1, 1, 2]);
      });

      it("ListFileVersions: lists version 1 as the one current in production", async () => {
        const body = await client.call("ListFileVersions", { ...project, FileId: fileId });
        assertStudioOk(body);
        const versions = (body["Data"] as Record<string, unknown>)["FileVersions"] as Files;
        assert.deepEqual(
          versions.map((v) => [v["FileVersion"], v["ChangeType"], v["IsCurrentProd"]]),
          [[1, "CREATE", true]],
        );
      });

      it("UpdateFile: saves new content, leaving the file uncommitted until the next submit", async () => {
        const body = await client.call("UpdateFile", {
          ...project,
          FileId: fileId,
          Content: "SELECT 2;",
          AutoRerunTimes: 5,
        });
        assertStudioOk(body);
        assert.equal(body["Data"], undefined); // spec/dataworks.md §3.1.2: no Data
        const read = await client.call("GetFile", { ...project, FileId: fileId });
        const data = read["Data"] as Record<string, Record<string, unknown>>;
        assert.deepEqual(
          [data["File"]!["Content"], data["File"]!["CommitStatus"], data["NodeConfiguration"]!["AutoRerunTimes"]],
          ["SELECT 2;", 0, 5],
        );
      });

      it("SubmitFile after UpdateFile: adds version 2 as an UPDATE", async () => {
        const body = await client.call("SubmitFile", { ...project, FileId: fileId });
        await pollDeployment(emulator, client, body["Data"]);
        const versions = await client.call("GetFileVersion", { ...project, FileId: fileId, FileVersion: 2 });
        const version = versions["Data"] as Record<string, unknown>;
        assert.deepEqual([version["ChangeType"], version["FileContent"]], ["UPDATE", "SELECT 2;"]);
      });

      it("DeleteFile: answers a top-level DeploymentId that removes the file from development", async () => {
        const body = await client.call("DeleteFile", { ...project, FileId: fileId });
        assertStudioOk(body);
        assert.equal(body["Data"], undefined); // spec/dataworks.md §1.6: DeploymentId at the top level
        const { final } = await pollDeployment(emulator, client, body["DeploymentId"]);
        assert.equal(final.Status, 1);
        const read = await client.call("GetFile", { ...project, FileId: fileId });
        const file = (read["Data"] as Record<string, Record<string, unknown>>)["File"]!;
        // spec/dataworks.md §4.5: in the recycle bin until the deletion reaches production.
        assert.equal(file["DeletedStatus"], "RECYCLE_BIN");
      });

      it("DeployFile: publishes the deletion to production, after which GetFile shows DELETED", async () => {
        const body = await client.call("DeployFile", { ...project, NodeId: nodeId, Comment: "undeploy" });
        const { final } = await pollDeployment(emulator, client, body["Data"]);
        assert.deepEqual([final.Status, final.ToEnvironment], [1, 2]);
        // spec/dataworks.md §4.5 emulator convention: RECYCLE_BIN until the deletion is deployed, then DELETED.
        const read = await client.call("GetFile", { ...project, FileId: fileId });
        const file = (read["Data"] as Record<string, Record<string, unknown>>)["File"]!;
        assert.equal(file["DeletedStatus"], "DELETED");
      });

      it("DeleteFolder and DeleteBusiness: remove the emptied folder, then the business flow", async () => {
        const folders = [`${BUSINESS_ROOT}/${flow}/MaxCompute/ods`, `${BUSINESS_ROOT}/${flow}/MaxCompute`];
        for (const path of folders) {
          const folder = await client.call("GetFolder", { ...project, FolderPath: path });
          const folderId = String((folder["Data"] as Record<string, unknown>)["FolderId"]);
          assertStudioOk(await client.call("DeleteFolder", { ...project, FolderId: folderId }));
        }
        assertStudioOk(await client.call("DeleteBusiness", { ...project, BusinessId: businessId }));
        const err = await clientError(client.call("GetBusiness", { ...project, BusinessId: businessId }));
        assert.match(err.code, /NotExist/);
      });
    });

    describe("deployment packages and workspace", () => {
      it("ListDeployments: pages the five packages of the lifecycle, all successful, without a Success field", async () => {
        const ids: number[] = [];
        for (let page = 1; page <= 3; page++) {
          const body = await client.call("ListDeployments", {
            ...project,
            Keyword: "ods_contract",
            PageNumber: page,
            PageSize: 2,
          });
          // spec/dataworks.md §1.6 "List w/o status": RequestId and Data only.
          assert.deepEqual(Object.keys(body).sort(), ["Data", "RequestId"]);
          const data = body["Data"] as Record<string, unknown>;
          assert.equal(data["TotalCount"], 5); // submit, deploy, submit, delete, deploy of the deletion
          for (const d of data["Deployments"] as Files) {
            assert.equal(d["Status"], 1);
            assert.match(String(d["Name"]), /^ods_contract-\d{4}-\d{2}-\d{2}_/); // §3.1.8 name pattern
            ids.push(Number(d["Id"]));
          }
        }
        assert.equal(new Set(ids).size, 5);
      });

      it("GetProject: describes the seeded standard-mode workspace", async () => {
        const body = await client.call("GetProject", project);
        const data = body["Data"] as Record<string, unknown>;
        assert.deepEqual(
          [data["ProjectIdentifier"], data["ProjectMode"], data["EnvTypes"]],
          [STANDARD_PROJECT.identifier, 3, ["DEV", "PROD"]],
        );
      });

      it("ListFileType: answers NodeTypeInfoList with paging, not the DataStudio envelope", async () => {
        const body = await client.call("ListFileType", { ...project, PageNumber: 1, PageSize: 2 });
        const list = body["NodeTypeInfoList"] as Record<string, unknown>;
        assert.equal(body["Data"], undefined); // spec/dataworks.md §1.6 "Node types"
        assert.equal((list["NodeTypeInfo"] as Files).length, 2);
        assert.ok(Number(list["TotalCount"]) > 2);
      });
    });

    describe("data sources", () => {
      const name = "contract_mysql";
      let dataSourceId = 0;
      const content = {
        database: "sales",
        instanceName: "rm-contract",
        password: "s3cret-password",
        rdsOwnerId: "1000000000001",
        regionId: "cn-shanghai",
        tag: "rds",
        username: "reader",
      };
      const listByName = async (): Promise<Files> => {
        const body = await client.call("ListDataSources", { ...project, Name: name, EnvType: 0 });
        assert.equal(String(body["Success"]), "true");
        return (body["Data"] as Record<string, unknown>)["DataSources"] as Files;
      };

      it("CreateDataSource: answers the new data source id as Data", async () => {
        const body = await client.call("CreateDataSource", {
          ...project,
          Name: name,
          DataSourceType: "mysql",
          EnvType: 0,
          Description: "first",
          Content: JSON.stringify(content),
        });
        assert.equal(String(body["Success"]), "true");
        dataSourceId = Number(body["Data"]);
        assert.ok(dataSourceId > 0);
      });

      it("ListDataSources: finds it by name, with the password masked as ***", async () => {
        const [found, ...rest] = await listByName();
        assert.equal(rest.length, 0);
        assert.equal(Number(found!["Id"]), dataSourceId);
        const listed = JSON.parse(String(found!["Content"])) as Record<string, unknown>;
        assert.deepEqual([listed["password"], listed["username"]], ["***", "reader"]);
      });

      it("CreateDataSource: a second one with the same name and EnvType is ConnectionAlreadyExist", async () => {
        const err = await clientError(
          client.call("CreateDataSource", {
            ...project,
            Name: name,
            DataSourceType: "mysql",
            EnvType: 0,
            Content: JSON.stringify(content),
          }),
        );
        assert.equal(err.code, "ConnectionAlreadyExist");
      });

      it("UpdateDataSource: answers Data true, and the new description is listed", async () => {
        const body = await client.call("UpdateDataSource", {
          DataSourceId: dataSourceId,
          EnvType: 0,
          Description: "second",
          Content: JSON.stringify({ ...content, database: "sales_v2" }),
        });
        assert.equal(String(body["Data"]), "true");
        const [found] = await listByName();
        assert.equal(found!["Description"], "second");
        assert.equal((JSON.parse(String(found!["Content"])) as Record<string, unknown>)["database"], "sales_v2");
      });

      it("DeleteDataSource: answers Data true, and the data source is no longer listed", async () => {
        const body = await client.call("DeleteDataSource", { DataSourceId: dataSourceId });
        assert.equal(String(body["Data"]), "true");
        assert.deepEqual(await listByName(), []);
      });
    });

    describe("paging", () => {
      const fileFolder = `${BUSINESS_ROOT}/page_files/MaxCompute`;
      before(async () => {
        for (let i = 0; i < 12; i++) {
          await client.call("CreateBusiness", { ...project, BusinessName: uniqueName("page_flow", i) });
        }
        await client.call("CreateBusiness", { ...project, BusinessName: "page_files" });
        for (let i = 0; i < 11; i++) {
          await client.call("CreateFile", {
            ...project,
            FileFolderPath: fileFolder,
            FileName: uniqueName("page_file", i),
            FileType: 10,
            InputList: `${STANDARD_PROJECT.identifier}_root`,
          });
        }
      });

      it("ListBusiness: pages 12 flows five at a time, with TotalCount on every page", async () => {
        const pages: string[][] = [];
        for (let page = 1; page <= 3; page++) {
          const body = await client.call("ListBusiness", {
            ...project,
            Keyword: "page_flow",
            PageNumber: page,
            PageSize: 5,
          });
          const data = body["Data"] as Record<string, unknown>;
          assert.deepEqual([data["PageNumber"], data["PageSize"], data["TotalCount"]], [page, 5, 12]);
          pages.push((data["Business"] as Files).map((b) => String(b["BusinessName"])));
        }
        assert.deepEqual(pages.map((p) => p.length), [5, 5, 2]);
        assert.equal(new Set(pages.flat()).size, 12);
      });

      it("ListBusiness: the keyword filter is fuzzy (contains)", async () => {
        const body = await client.call("ListBusiness", {
          ...project,
          Keyword: "flow_1",
          PageNumber: 1,
          PageSize: 100,
        });
        const names = ((body["Data"] as Record<string, unknown>)["Business"] as Files).map((b) => b["BusinessName"]);
        assert.deepEqual([...names].sort(), ["page_flow_10", "page_flow_11"]);
      });

      it("ListFiles: answers ten files per page when PageSize is not sent", async () => {
        const body = await client.call("ListFiles", { ...project, FileFolderPath: fileFolder });
        const data = body["Data"] as Record<string, unknown>;
        // spec/dataworks.md §4.7: default 10, max 100.
        assert.deepEqual([(data["Files"] as Files).length, data["PageSize"], data["TotalCount"]], [10, 10, 11]);
      });

      it("ListFiles: rejects PageSize 101 with HTTP 400 Invalid.Param, parsed by the client", async () => {
        const err = await clientError(client.call("ListFiles", { ...project, PageSize: 101 }));
        assert.equal(err.code, "Invalid.Param"); // spec/dataworks.md §4.7 emulator convention
      });
    });

    describe("errors", () => {
      it("GetFile: an unknown FileId is an error whose code the client reads", async () => {
        const err = await clientError(client.call("GetFile", { ...project, FileId: 987654321 }));
        assert.equal(err.code, "Invalid.DataStudio.FileNotExists"); // spec/dataworks.md §4.8
      });

      it("an unknown action is a loud 501 InvalidAction.NotFound naming it", async () => {
        const err = await clientError(client.call("CreateSpaceship", { ...project }));
        assert.equal(err.code, "InvalidAction.NotFound");
        assert.match(err.message, /CreateSpaceship/);
      });
    });
  });
}
