import { strict as assert } from "node:assert";
import { ClientRequestException } from "@huaweicloud/huaweicloud-sdk-core/exception/ClientRequestException";
import { startEmulator, type RunningEmulator, type StartEmulatorOptions } from "../../emulator";
import { FrozenRuntime } from "./helpers/frozenRuntime";
import {
  HuaweiSdkClient,
  assertParsed,
  clusterBody,
  tokenRequest,
  type SdkAnswer,
  type SdkRequest,
} from "./contract/huaweiContractFixture";

const OTHER_KEY = {
  accessKey: "HWSECONDKEY",
  secretKey: "second-secret",
  projectId: "0123456789abcdef0123456789abcdef",
};
const createCluster: SdkRequest = {
  method: "POST",
  url: "/v1.1/{project_id}/clusters",
  body: clusterBody("c"),
};
const listClusters: SdkRequest = { method: "GET", url: "/v1.1/{project_id}/clusters" };
const listQueues: SdkRequest = { method: "GET", url: "/v1.0/{project_id}/queues" };

/** 429 `APIG.0308` in the gateway's shape, read by the SDK, with a Retry-After (spec/cdm.md §1.8, §1.9). */
function assertThrottled(answer: SdkAnswer, retryAfterSeconds: number): void {
  assert.equal(answer.status, 429);
  assertParsed(answer);
  assert.deepEqual(
    { code: answer.body["error_code"], msg: answer.body["error_msg"] },
    { code: "APIG.0308", msg: "The throttling threshold has been reached." },
  );
  assert.ok(answer.error instanceof ClientRequestException);
  assert.equal(answer.error.errorCode, "APIG.0308");
  assert.equal(answer.headers["retry-after"], String(retryAfterSeconds));
}

/**
 * Per-route, per-caller throttling at the Huawei gateway (spec/cdm.md §1.9 "per user, per unit
 * time"), over emulator time: the runtime is frozen, so only `advanceClock` refills a bucket.
 */
describe("Huawei gateway throttling", () => {
  let emulator: RunningEmulator;
  const start = async (options: StartEmulatorOptions = {}) => {
    emulator = await startEmulator({
      runtime: new FrozenRuntime(),
      credentials: { huawei: [{ ...OTHER_KEY, userName: "second" }] },
      ...options,
    });
  };
  afterEach(() => emulator.close());

  const statuses = async (sdk: HuaweiSdkClient, request: SdkRequest, n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i += 1) out.push((await sdk.call(request)).status);
    return out;
  };

  it("create cluster allows 5 calls a minute and answers the sixth 429 APIG.0308 (§1.9)", async () => {
    await start();
    const sdk = HuaweiSdkClient.signed(emulator);
    assert.deepEqual(await statuses(sdk, createCluster, 5), [202, 202, 202, 202, 202]);
    assertThrottled(await sdk.call(createCluster), 12);
  });

  it("a throttled call changes nothing", async () => {
    await start();
    const sdk = HuaweiSdkClient.signed(emulator);
    await statuses(sdk, createCluster, 6);
    const list = await sdk.expect(listClusters, 200);
    assert.equal((list["clusters"] as unknown[]).length, 5);
  });

  it("refills one call per 12 seconds of emulator time at 5 a minute", async () => {
    await start();
    const sdk = HuaweiSdkClient.signed(emulator);
    await statuses(sdk, createCluster, 6);
    emulator.advanceClock(11_000);
    assert.equal((await sdk.call(createCluster)).status, 429);
    emulator.advanceClock(1_000);
    assert.deepEqual(await statuses(sdk, createCluster, 2), [202, 429]);
  });

  it("keeps routes apart: listing clusters still answers when create is exhausted", async () => {
    await start();
    const sdk = HuaweiSdkClient.signed(emulator);
    await statuses(sdk, createCluster, 6);
    await sdk.expect(listClusters, 200);
  });

  it("keeps users apart: another user's access key may still create", async () => {
    await start();
    await statuses(HuaweiSdkClient.signed(emulator), createCluster, 6);
    assert.equal(
      (await HuaweiSdkClient.signed(emulator, OTHER_KEY).call(createCluster)).status,
      202,
    );
  });

  it("counts per IAM user: a token of the user owning the exhausted key is throttled too", async () => {
    await start();
    await statuses(HuaweiSdkClient.signed(emulator), createCluster, 6);
    const issued = await HuaweiSdkClient.unsigned(emulator).call(tokenRequest());
    const withToken = HuaweiSdkClient.unsigned(
      emulator,
      String(issued.sdkHeaders["X-Subject-Token"]),
    );
    assertThrottled(await withToken.call(createCluster), 12);
  });

  it("takes a per-route limit from the options, answering DLI with the same gateway error", async () => {
    await start({ throttle: { huawei: { listQueues: 2 } } });
    const sdk = HuaweiSdkClient.signed(emulator);
    assert.deepEqual(await statuses(sdk, listQueues, 2), [200, 200]);
    assertThrottled(await sdk.call(listQueues), 30);
  });

  it("lets the options override a documented limit", async () => {
    await start({ throttle: { huawei: { createCluster: 1 } } });
    const sdk = HuaweiSdkClient.signed(emulator);
    assert.equal((await sdk.call(createCluster)).status, 202);
    assertThrottled(await sdk.call(createCluster), 60);
  });

  it("does not throttle when throttling is off", async () => {
    await start({ throttle: false });
    const sdk = HuaweiSdkClient.signed(emulator);
    assert.deepEqual(await statuses(sdk, createCluster, 7), Array(7).fill(202));
  });

  it("does not throttle routes without a documented limit (DLI's seed lists none)", async () => {
    await start();
    const sdk = HuaweiSdkClient.signed(emulator);
    assert.deepEqual(await statuses(sdk, listQueues, 30), Array(30).fill(200));
  });
});
