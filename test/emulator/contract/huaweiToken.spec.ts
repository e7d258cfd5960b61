import { strict as assert } from "node:assert";
import { ClientRequestException } from "@huaweicloud/huaweicloud-sdk-core/exception/ClientRequestException";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import {
  HuaweiSdkClient,
  PROJECT_ID,
  assertParsed,
  clusterBody,
  field,
  tokenRequest,
} from "./huaweiContractFixture";

const HOUR = 3_600_000;

/**
 * IAM token authentication through the Huawei SDK's HTTP client: a token issued by
 * `POST /v3/auth/tokens` (201, `X-Subject-Token`), then CDM and DLI calls carrying `X-Auth-Token`
 * until the token's 24 hours are over (spec/cdm.md §1.6, spec/dli.md §1.4.1).
 */
describe("IAM token contract through the Huawei SDK", () => {
  let emulator: RunningEmulator;
  let token = "";
  let issuedAt = 0;
  before(async () => {
    emulator = await startEmulator({});
  });
  after(() => emulator.close());

  it("POST /v3/auth/tokens answers 201 with X-Subject-Token and expires_at 24 hours later", async () => {
    issuedAt = emulator.now();
    const answer = await HuaweiSdkClient.unsigned(emulator).call(tokenRequest());
    assert.equal(answer.status, 201);
    assertParsed(answer);
    token = String(answer.sdkHeaders["X-Subject-Token"]);
    assert.match(token, /^MII/);
    const expiresAt = Date.parse(String(field(answer.body, "token", "expires_at")));
    assert.ok(
      Math.abs(expiresAt - (issuedAt + 24 * HOUR)) < 60_000,
      `expires_at ${String(expiresAt)}`,
    );
    assert.deepEqual(field(answer.body, "token", "methods"), ["password"]);
    assert.equal(field(answer.body, "token", "project", "id"), PROJECT_ID);
  });

  it("a wrong password answers 401 with a message the SDK reads", async () => {
    const answer = await HuaweiSdkClient.unsigned(emulator).call(tokenRequest(PROJECT_ID, "wrong"));
    assert.equal(answer.status, 401);
    assertParsed(answer);
    assert.ok(answer.error instanceof ClientRequestException);
    assert.equal(answer.error.errorMsg, "The username or password is wrong.");
    assert.equal(answer.body["error_code"], "IAM.0101");
  });

  it("an AK/SK-signed request with only a project scope also gets a token (spec/cdm.md §1.7)", async () => {
    const answer = await HuaweiSdkClient.signed(emulator).call({
      method: "POST",
      url: "/v3/auth/tokens",
      responseHeaders: ["X-Subject-Token"],
      body: { auth: { scope: { project: { id: PROJECT_ID } } } },
    });
    assert.equal(answer.status, 201);
    assert.match(String(answer.sdkHeaders["X-Subject-Token"]), /^MII/);
  });

  it("X-Auth-Token creates a CDM cluster and lists it", async () => {
    const sdk = HuaweiSdkClient.unsigned(emulator, token);
    const created = await sdk.expect(
      {
        method: "POST",
        url: "/v1.1/{project_id}/clusters",
        body: clusterBody("token-cluster"),
        headers: { "X-Language": "en_us" },
      },
      202,
    );
    const list = await sdk.expect({ method: "GET", url: "/v1.1/{project_id}/clusters" }, 200);
    assert.deepEqual(
      (list["clusters"] as Record<string, unknown>[]).map((c) => c["id"]),
      [created["id"]],
    );
  });

  it("X-Auth-Token creates and lists a DLI database", async () => {
    const sdk = HuaweiSdkClient.unsigned(emulator, token);
    await sdk.expect(
      { method: "POST", url: "/v1.0/{project_id}/databases", body: { database_name: "token_db" } },
      200,
    );
    const list = await sdk.expect(
      { method: "GET", url: "/v1.0/{project_id}/databases", query: { keyword: "token_db" } },
      200,
    );
    assert.equal(list["database_count"], 1);
  });

  it("the token still works just before its 24 hours are over", async () => {
    emulator.advanceClock(issuedAt + 24 * HOUR - emulator.now() - 60_000);
    const sdk = HuaweiSdkClient.unsigned(emulator, token);
    await sdk.expect({ method: "GET", url: "/v1.0/{project_id}/queues" }, 200);
  });

  it("after 24 hours CDM answers 401 APIG.0301 and DLI 401 DLI.0013, which the SDK reads", async () => {
    emulator.advanceClock(2 * 60_000);
    const sdk = HuaweiSdkClient.unsigned(emulator, token);
    const cdm = await sdk.call({ method: "GET", url: "/v1.1/{project_id}/clusters" });
    const dli = await sdk.call({ method: "GET", url: "/v1.0/{project_id}/queues" });
    for (const answer of [cdm, dli]) {
      assert.equal(answer.status, 401);
      assertParsed(answer);
      assert.ok(answer.error instanceof ClientRequestException);
      assert.match(String(answer.error.errorMsg), /expired/);
    }
    assert.deepEqual([cdm.error?.errorCode, dli.error?.errorCode], ["APIG.0301", "DLI.0013"]);
  });
});
