import { strict as assert } from "node:assert";
import { ServerResponseException } from "@huaweicloud/huaweicloud-sdk-core/exception/ServerResponseException";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { FrozenRuntime } from "./helpers/frozenRuntime";
import { control } from "./helpers/clients";
import {
  HuaweiSdkClient,
  assertParsed,
  clusterBody,
  field,
  type SdkRequest,
} from "./contract/huaweiContractFixture";

const createCluster: SdkRequest = {
  method: "POST",
  url: "/v1.1/{project_id}/clusters",
  body: clusterBody("faulty"),
  headers: { "X-Language": "en_us" },
};
const listClusters: SdkRequest = { method: "GET", url: "/v1.1/{project_id}/clusters" };
const createDatabase: SdkRequest = {
  method: "POST",
  url: "/v1.0/{project_id}/databases",
  body: { database_name: "faulty_db" },
};
const listDatabases: SdkRequest = { method: "GET", url: "/v1.0/{project_id}/databases" };

/**
 * Every fault kind on Huawei routes, as the Huawei SDK meets it: an injected error (status and
 * code, in the shape of whoever would raise it), latency, a reset before the handler (nothing
 * happened) and a reset after the handler committed (the object exists although no answer came).
 */
describe("Huawei gateway faults", () => {
  let emulator: RunningEmulator;
  let runtime: FrozenRuntime;
  let sdk: HuaweiSdkClient;
  beforeEach(async () => {
    runtime = new FrozenRuntime();
    emulator = await startEmulator({ runtime, throttle: false });
    sdk = HuaweiSdkClient.signed(emulator);
  });
  afterEach(() => emulator.close());

  const clusterNames = async () =>
    ((await sdk.expect(listClusters, 200))["clusters"] as Record<string, unknown>[]).map(
      (c) => c["name"],
    );
  const databaseNames = async () =>
    ((await sdk.expect(listDatabases, 200))["databases"] as Record<string, unknown>[]).map(
      (d) => d["database_name"],
    );

  describe("error", () => {
    it("answers a CDM code with its status in CDM's own shape instead of running the handler", async () => {
      emulator.setFault({
        kind: "error",
        action: "createCluster",
        status: 503,
        code: "Cdm.0000",
        message: "busy",
      });
      const answer = await sdk.call(createCluster);
      assert.equal(answer.status, 503);
      assertParsed(answer);
      assert.deepEqual(answer.body, { errCode: "Cdm.0000", externalMessage: "busy" });
      assert.ok(answer.error instanceof ServerResponseException);
      assert.deepEqual(await clusterNames(), []);
    });

    it("answers a DLI code with its status in DLI's shape, which the SDK reads", async () => {
      emulator.setFault({
        kind: "error",
        action: "createDatabase",
        status: 400,
        code: "DLI.0999",
        message: "system error",
      });
      const answer = await sdk.call(createDatabase);
      assert.equal(answer.status, 400);
      assertParsed(answer);
      assert.deepEqual(
        [answer.error?.errorCode, answer.error?.errorMsg],
        ["DLI.0999", "system error"],
      );
      assert.deepEqual(await databaseNames(), []);
    });

    it("answers an injected APIG.0308 like the gateway's own throttling", async () => {
      emulator.setFault({
        kind: "error",
        action: "listClusters",
        status: 429,
        code: "APIG.0308",
        count: 1,
      });
      const answer = await sdk.call(listClusters);
      assert.equal(answer.status, 429);
      assert.deepEqual(
        [answer.body["error_code"], answer.body["error_msg"], answer.error?.errorCode],
        ["APIG.0308", "The throttling threshold has been reached.", "APIG.0308"],
      );
    });

    it("defaults to 500 APIG.0002 in the gateway's shape", async () => {
      emulator.setFault({ kind: "error", action: "listClusters" });
      const answer = await sdk.call(listClusters);
      assert.equal(answer.status, 500);
      assert.ok(answer.error instanceof ServerResponseException);
      assert.deepEqual(
        [answer.error.errorCode, answer.error.errorMsg],
        ["APIG.0002", "Internal server error."],
      );
    });

    it("applies to the next `count` calls only, set through the control API", async () => {
      await control(emulator, "POST", "/faults", {
        kind: "error",
        service: "dli",
        status: 503,
        code: "DLI.0999",
        count: 2,
      });
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await sdk.call(listDatabases)).status);
      assert.deepEqual(statuses, [503, 503, 200]);
    });

    it("comes after authentication: a bad signature still answers 401", async () => {
      emulator.setFault({ kind: "error", action: "listClusters", status: 503, code: "Cdm.0000" });
      const bad = HuaweiSdkClient.signed(emulator, {
        accessKey: emulator.credentials.huawei[0]!.accessKey,
        secretKey: "wrong",
        projectId: emulator.credentials.huawei[0]!.projectId,
      });
      assert.equal((await bad.call(listClusters)).status, 401);
    });
  });

  describe("latency", () => {
    it("delays the answer by the injected time, then answers normally", async () => {
      emulator.setFault({ kind: "latency", action: "listDatabases", latencyMs: 2_500, count: 1 });
      await sdk.expect(listDatabases, 200);
      assert.deepEqual(
        runtime.delays.filter((ms) => ms === 2_500),
        [2_500],
      );
      assert.deepEqual(emulator.requests({ action: "listDatabases" }).at(-1)?.faults, [
        "latency:2500",
      ]);
    });

    it("adds up with an error fault: the delayed answer is the error", async () => {
      emulator.setFault([
        { kind: "latency", action: "createCluster", latencyMs: 700 },
        { kind: "error", action: "createCluster", status: 500, code: "Cdm.0000" },
      ]);
      assert.equal((await sdk.call(createCluster)).status, 500);
      assert.ok(runtime.delays.includes(700));
    });
  });

  describe("connection reset", () => {
    it("before the handler: the SDK gets no answer and no cluster exists", async () => {
      emulator.setFault({ kind: "resetBefore", action: "createCluster", count: 1 });
      const answer = await sdk.call(createCluster);
      assert.equal(answer.status, 0);
      assert.match(String(answer.error?.errorMsg), /socket hang up|ECONNRESET/);
      assert.deepEqual(await clusterNames(), []);
    });

    it("after the handler committed: the SDK gets no answer, yet the cluster exists", async () => {
      emulator.setFault({ kind: "resetAfter", action: "createCluster", count: 1 });
      const answer = await sdk.call(createCluster);
      assert.equal(answer.status, 0);
      assert.match(String(answer.error?.errorMsg), /socket hang up|ECONNRESET/);
      assert.deepEqual(await clusterNames(), ["faulty"]);
      const entry = emulator.requests({ action: "createCluster" }).at(-1);
      assert.deepEqual([entry?.status, entry?.faults], [202, ["resetAfter"]]);
    });

    it("after the handler committed on DLI: the database exists and a retried create answers DLI.0006", async () => {
      emulator.setFault({ kind: "resetAfter", action: "createDatabase", count: 1 });
      assert.equal((await sdk.call(createDatabase)).status, 0);
      assert.deepEqual(await databaseNames(), ["faulty_db"]);
      const retried = await sdk.call(createDatabase);
      assert.deepEqual([retried.status, retried.error?.errorCode], [400, "DLI.0006"]);
    });

    it("after a delete committed: the cluster is deleting although the SDK saw no answer", async () => {
      const created = await sdk.expect(createCluster, 202);
      emulator.setFault({ kind: "resetAfter", action: "deleteCluster", count: 1 });
      const answer = await sdk.call({
        method: "DELETE",
        url: "/v1.1/{project_id}/clusters/{cluster_id}",
        pathParams: { cluster_id: String(created["id"]) },
        body: { keep_last_manual_backup: 0 },
      });
      assert.equal(answer.status, 0);
      emulator.advanceClock(30 * 60_000);
      assert.deepEqual(await clusterNames(), []);
      assert.equal(field(created, "name"), "faulty");
    });
  });
});
