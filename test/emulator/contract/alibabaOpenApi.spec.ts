import { strict as assert } from "node:assert";
import type { RunningEmulator } from "../../../emulator";
import {
  ALIBABA_KEY,
  SIMPLE_PROJECT,
  STANDARD_PROJECT,
  clientError,
  describeDataWorksContract,
  openApiClient,
  startContractEmulator,
} from "./alibabaContractFixture";

/**
 * `@alicloud/openapi-client` against the emulator: the shared DataWorks contract signed with
 * ACS3-HMAC-SHA256 (the runtime's default, spec/signing.md §3.1) with the parameters in the form body
 * and in the query, and signed with RPC v1 (`signatureAlgorithm: "v2"`); then how the client reads
 * the emulator's error answers (it throws for every 4xx/5xx, reading `Code`, `Message`, `RequestId`).
 */
describe("DataWorks contract through @alicloud/openapi-client", () => {
  describeDataWorksContract("ACS3, parameters in a form body", (emulator) =>
    openApiClient(emulator, { paramsIn: "body" }),
  );
  describeDataWorksContract("ACS3, parameters in the query", (emulator) =>
    openApiClient(emulator, { paramsIn: "query" }),
  );
  describeDataWorksContract("RPC v1 (signatureAlgorithm v2), parameters in a form body", (emulator) =>
    openApiClient(emulator, { signatureAlgorithm: "v2", paramsIn: "body" }),
  );

  describe("errors as openapi-client reads them", () => {
    let emulator: RunningEmulator;
    before(async () => {
      emulator = await startContractEmulator();
    });
    after(() => emulator.close());

    it("reads SignatureDoesNotMatch with HTTP 400 for an ACS3 request signed with the wrong secret", async () => {
      const client = openApiClient(emulator, {
        paramsIn: "body",
        credentials: { ...ALIBABA_KEY, accessKeySecret: "wrong" },
      });
      const err = await clientError(client.call("GetProject", { ProjectId: STANDARD_PROJECT.id }));
      assert.equal(err.code, "SignatureDoesNotMatch");
      assert.equal(err.data?.["statusCode"], 400);
    });

    it("reads a handler error's code, status and request id", async () => {
      const client = openApiClient(emulator, { paramsIn: "query" });
      const err = await clientError(client.call("GetFolder", { ProjectId: STANDARD_PROJECT.id, FolderId: "0000nothing0" }));
      assert.equal(err.code, "Invalid.DataStudio.FolderNotExists"); // spec/dataworks.md §4.8
      assert.equal(err.data?.["statusCode"], 400);
      assert.match(err.message, /request id: [0-9A-F-]{36}/);
    });

    it("reads an injected 503 as a thrown error rather than a success", async () => {
      emulator.setFault({ kind: "error", action: "GetProject", status: 503, code: "ServiceUnavailable", count: 1 });
      const client = openApiClient(emulator, { signatureAlgorithm: "v2", paramsIn: "body" });
      const err = await clientError(client.call("GetProject", { ProjectId: STANDARD_PROJECT.id }));
      assert.deepEqual([err.code, err.data?.["statusCode"]], ["ServiceUnavailable", 503]);
    });

    it("reads DeployFile refused in a simple-mode workspace, where SubmitFile already publishes", async () => {
      const client = openApiClient(emulator, { paramsIn: "body" });
      const project = { ProjectId: SIMPLE_PROJECT.id };
      await client.call("CreateBusiness", { ...project, BusinessName: "simple_flow" });
      const created = await client.call("CreateFile", {
        ...project,
        FileFolderPath: "业务流程/simple_flow/MaxCompute",
        FileName: "simple_file",
        FileType: 10,
        InputList: `${SIMPLE_PROJECT.identifier}_root`,
      });
      await client.call("SubmitFile", { ...project, FileId: Number(created["Data"]) });
      const err = await clientError(client.call("DeployFile", { ...project, FileId: Number(created["Data"]) }));
      // spec/dataworks.md §6 q7, emulator default `simpleModeDeploy: "reject"`.
      assert.deepEqual([err.code, err.data?.["statusCode"]], ["Invalid.Param", 400]);
    });
  });
});
