import { strict as assert } from "node:assert";
import { businessFlowDefinition } from "../../../resources/dataworks/businessFlow";
import { folderDefinition } from "../../../resources/dataworks/folder";
import { createProvider } from "../../../resources/framework/createProvider";
import type { AnyResourceDefinition } from "../../../resources/framework/resourceDefinition";
import { FakeClock } from "../../helpers/fakeClock";
import { startScriptedServer, type ScriptedServer } from "../../helpers/scriptedServer";

const folderOuts = {
  projectId: 10000,
  parentPath: "业务流程/sales/MaxCompute",
  name: "ods",
  folderId: "abc",
  path: "x",
};
const flowOuts = {
  projectId: 10000,
  name: "sales",
  description: "",
  useType: "NORMAL",
  businessId: 100001,
  path: "业务流程/sales",
};

/**
 * Every shape in which DataStudio says "no such folder / business flow" (ARCHITECTURE decision 5):
 * the emulator answers with a `…NotExists` code, so the other shapes are scripted here over real
 * HTTP through the real client.
 */
describe("dataworks.Folder and BusinessFlow reads of objects that are gone", () => {
  let server: ScriptedServer;

  const providerOf = (definition: AnyResourceDefinition) =>
    createProvider(definition, {
      settings: () => ({
        config: {
          endpoint: server.url,
          alibabaAccessKeyId: "LTAIscripted",
          alibabaAccessKeySecret: "scripted-secret",
        },
        env: {},
      }),
      log: { info: () => undefined, warn: () => undefined },
      clock: new FakeClock(),
    });
  const success = (data: unknown) => ({
    body: {
      RequestId: "r-1",
      HttpStatusCode: 200,
      Success: true,
      ...(data === undefined ? {} : { Data: data }),
    },
  });

  beforeEach(async () => {
    server = await startScriptedServer();
  });
  afterEach(() => server.close());

  for (const [shape, answer] of [
    ["a successful answer with an empty Data object", success({})],
    ["a successful answer with a null Data", success(null)],
    ["a successful answer without Data", success(undefined)],
    [
      "HTTP 404",
      { status: 404, body: { RequestId: "r-1", Code: "NotFound", Message: "not found" } },
    ],
    [
      "HTTP 400 with a …NotExists code",
      {
        status: 400,
        body: {
          RequestId: "r-1",
          Success: false,
          ErrorCode: "Invalid.DataStudio.FolderNotExists",
          ErrorMessage: "The folder does not exist.",
        },
      },
    ],
  ] as const) {
    it(`reads a folder as gone on ${shape}`, async () => {
      server.enqueue(answer);
      assert.deepEqual(await providerOf(folderDefinition).read("10000/abc", folderOuts), {
        id: "",
      });
    });

    it(`reads a business flow as gone on ${shape}`, async () => {
      server.enqueue(answer);
      assert.deepEqual(await providerOf(businessFlowDefinition).read("10000/100001", flowOuts), {
        id: "",
      });
    });
  }

  it("does not mistake an authentication failure for a missing folder", async () => {
    server.enqueue({
      status: 403,
      body: { RequestId: "r-1", Code: "Forbidden.Access", Message: "Access is forbidden." },
    });
    await assert.rejects(
      providerOf(folderDefinition).read("10000/abc", folderOuts),
      /Forbidden\.Access/,
    );
  });

  it("refuses an ID that is not {projectId}/{folderId} before sending anything", async () => {
    await assert.rejects(
      providerOf(folderDefinition).read("abc", folderOuts),
      /is not of the form \{projectId\}\/\{entityId\}/,
    );
    assert.equal(server.requests.length, 0);
  });

  it("refuses an ID whose workspace is beyond a safe integer before sending anything", async () => {
    await assert.rejects(
      providerOf(folderDefinition).read("99999999999999999/abc", folderOuts),
      /is not of the form \{projectId\}\/\{entityId\}/,
    );
    assert.equal(server.requests.length, 0);
  });

  it("refuses a business flow ID whose flow part is not a number before any call", async () => {
    await assert.rejects(
      providerOf(businessFlowDefinition).read("10000/abc", flowOuts),
      /is not of the form \{projectId\}\/\{entityId\}/,
    );
    assert.equal(server.requests.length, 0);
  });
});
