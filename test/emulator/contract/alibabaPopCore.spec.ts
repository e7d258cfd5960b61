import { strict as assert } from "node:assert";
import type { RunningEmulator } from "../../../emulator";
import {
  ALIBABA_KEY,
  STANDARD_PROJECT,
  clientError,
  describeDataWorksContract,
  popCoreClient,
  startContractEmulator,
} from "./alibabaContractFixture";

/**
 * `@alicloud/pop-core` (RPC v1, HMAC-SHA1) against the emulator: the shared DataWorks contract with
 * parameters in the query (GET, the documented form, spec/dataworks.md §1.3) and in a form body
 * (POST), then what pop-core makes of the gateway's own error answers.
 */
describe("DataWorks contract through @alicloud/pop-core", () => {
  describeDataWorksContract("GET, parameters in the query", (emulator) => popCoreClient(emulator, "GET"));
  describeDataWorksContract("POST, parameters in a form body", (emulator) => popCoreClient(emulator, "POST"));

  describe("gateway errors as pop-core reads them", () => {
    let emulator: RunningEmulator;
    before(async () => {
      emulator = await startContractEmulator();
    });
    after(() => emulator.close());
    const project = { ProjectId: STANDARD_PROJECT.id };

    it("reads SignatureDoesNotMatch when signed with the wrong secret", async () => {
      const client = popCoreClient(emulator, "GET", { ...ALIBABA_KEY, accessKeySecret: "wrong" });
      const err = await clientError(client.call("GetProject", project));
      assert.equal(err.code, "SignatureDoesNotMatch");
      assert.equal(err.name, "SignatureDoesNotMatchError");
    });

    it("reads InvalidAccessKeyId.NotFound for a key the emulator does not know", async () => {
      const client = popCoreClient(emulator, "POST", { accessKeyId: "LTAInobody", accessKeySecret: "x" });
      const err = await clientError(client.call("GetProject", project));
      assert.equal(err.code, "InvalidAccessKeyId.NotFound");
    });

    it("reads an injected Throttling.Api with its RequestId in the body", async () => {
      emulator.setFault({ kind: "error", action: "GetProject", status: 429, code: "Throttling.Api", count: 1 });
      const err = await clientError(popCoreClient(emulator, "GET").call("GetProject", project));
      assert.equal(err.code, "Throttling.Api");
      assert.equal(typeof err.data?.["RequestId"], "string");
    });

    it("reads GetProject of the seeded standard-mode workspace", async () => {
      const body = await popCoreClient(emulator, "GET").call("GetProject", project);
      const data = body["Data"] as Record<string, unknown>;
      assert.deepEqual([data["ProjectIdentifier"], data["ProjectMode"]], [STANDARD_PROJECT.identifier, 3]);
    });
  });
});
