import { strict as assert } from "node:assert";
import { startEmulator, type RunningEmulator } from "../../emulator";
import {
  HW_KEY,
  HuaweiSdkClient,
  PROJECT_ID,
  type SdkAnswer,
} from "./contract/huaweiContractFixture";

/** The `SignedHeaders=` list of the Authorization the SDK sent. */
function signedHeaders(answer: SdkAnswer): string[] {
  const authorization = answer.sent?.headers["authorization"] ?? "";
  const match = /SignedHeaders=([^,]+)/.exec(authorization);
  return match?.[1]?.split(";") ?? [];
}

/**
 * Every form in which the Huawei SDK signs a request verifies at the emulator's gateway
 * (spec/signing.md §4.2 steps 1–5 and §4.3, verified per §4.4): each case makes the SDK sign in
 * one form and expects the service's answer, not a 401.
 */
describe("Huawei gateway signature forms", () => {
  let emulator: RunningEmulator;
  let sdk: HuaweiSdkClient;
  before(async () => {
    emulator = await startEmulator({});
    sdk = HuaweiSdkClient.signed(emulator);
  });
  after(() => emulator.close());

  describe("canonical URI (§4.2 step 1)", () => {
    it("verifies a path without a trailing slash (the canonical URI gets one)", async () => {
      await sdk.expect({ method: "GET", url: "/v1.0/{project_id}/queues" }, 200);
    });

    it("verifies a path written with a trailing slash, which the SDK strips on the wire", async () => {
      const answer = await sdk.call({ method: "GET", url: "/v1.0/{project_id}/queues/" });
      assert.equal(answer.status, 200);
      assert.equal(answer.sent?.url, `/v1.0/${PROJECT_ID}/queues/`);
      const logged = emulator.requests({ action: "listQueues" }).at(-1);
      assert.equal(logged?.path, `/v1.0/${PROJECT_ID}/queues`);
    });

    it("verifies a non-ASCII path segment (the job 作业1, percent-encoded on both sides)", async () => {
      const answer = await sdk.call({
        method: "GET",
        url: "/v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}",
        pathParams: { cluster_id: "8f1a0f5c-0000-4000-8000-000000000000", job_name: "作业1" },
      });
      // Past the gateway: CDM itself answers that the cluster does not exist.
      assert.notEqual(answer.status, 401, JSON.stringify(answer.body));
      assert.equal(answer.body["errCode"], "Cdm.0001");
    });
  });

  describe("canonical query (§4.2 step 2)", () => {
    it("verifies parameters given out of order, sorted by name for the signature", async () => {
      const answer = await sdk.call({
        method: "GET",
        url: "/v1.0/{project_id}/databases",
        query: { offset: 0, limit: 10, keyword: "db", "with-priv": false },
      });
      assert.equal(answer.status, 200);
      const logged = emulator.requests({ action: "listDatabases" }).at(-1);
      assert.deepEqual(Object.keys((logged?.parameters as { query: object }).query), [
        "offset",
        "limit",
        "keyword",
        "with-priv",
      ]);
    });

    it("verifies reserved characters in values: tags=k1=v1,k2=v2 (spec/dli.md §4.3)", async () => {
      await sdk.expect(
        { method: "GET", url: "/v1.0/{project_id}/databases", query: { tags: "k1=v1,k2=v2" } },
        200,
      );
    });

    it("verifies spaces, slashes, stars and non-ASCII text in a value", async () => {
      await sdk.expect(
        { method: "GET", url: "/v1.0/{project_id}/databases", query: { keyword: "空格 *~/+=&x" } },
        200,
      );
    });

    it("verifies a repeated parameter, its values sorted for the signature", async () => {
      await sdk.expect(
        {
          method: "GET",
          url: "/v1.0/{project_id}/queues",
          query: { queue_type: "all", tags: ["b:c", "a b", "A", "中"] },
        },
        200,
      );
    });

    it("verifies an empty value", async () => {
      await sdk.expect(
        { method: "GET", url: "/v1.0/{project_id}/databases", query: { keyword: "" } },
        200,
      );
    });
  });

  describe("signed headers (§4.2 steps 3–4, §4.1)", () => {
    it("signs and verifies every header present: content-type, host, x-project-id, x-sdk-date", async () => {
      const answer = await sdk.call({ method: "GET", url: "/v1.1/{project_id}/clusters" });
      assert.equal(answer.status, 200);
      assert.deepEqual(signedHeaders(answer), [
        "content-type",
        "host",
        "x-project-id",
        "x-sdk-date",
      ]);
    });

    it("signs and verifies extra headers: X-Language, X-Cluster-ID and workspace (GAP-6)", async () => {
      const answer = await sdk.call({
        method: "GET",
        url: "/v1.1/{project_id}/clusters",
        headers: {
          "X-Language": "en_us",
          "X-Cluster-ID": "8f1a0f5c",
          workspace: "d1cd7861478748a6925bc02f47c69279",
        },
      });
      assert.equal(answer.status, 200);
      assert.deepEqual(signedHeaders(answer), [
        "content-type",
        "host",
        "workspace",
        "x-cluster-id",
        "x-language",
        "x-project-id",
        "x-sdk-date",
      ]);
    });

    it("signs and verifies X-Security-Token of temporary credentials", async () => {
      const temporary = HuaweiSdkClient.signed(emulator, {
        ...HW_KEY,
        securityToken: "temporary-session-token",
      });
      const answer = await temporary.call({ method: "GET", url: "/v1.0/{project_id}/queues" });
      assert.equal(answer.status, 200);
      assert.ok(signedHeaders(answer).includes("x-security-token"));
    });

    it("verifies a date the SDK takes from the machine clock itself", async () => {
      const answer = await sdk.call({
        method: "GET",
        url: "/v1.0/{project_id}/queues",
        sdkDate: "sdk",
      });
      assert.equal(answer.status, 200);
      assert.match(answer.sent?.headers["x-sdk-date"] ?? "", /^\d{8}T\d{6}Z$/);
    });
  });

  describe("payload hash (§4.2 step 5, §4.3)", () => {
    it("hashes a JSON body (no X-Sdk-Content-Sha256 header)", async () => {
      const answer = await sdk.call({
        method: "POST",
        url: "/v1.0/{project_id}/databases",
        body: { database_name: "hashed_db" },
      });
      assert.equal(answer.status, 200);
      assert.equal(answer.sent?.headers["x-sdk-content-sha256"], undefined);
    });

    it("normalises application/json;charset=UTF-8 to application/json and hashes the body", async () => {
      const answer = await sdk.call({
        method: "POST",
        url: "/v1.0/{project_id}/databases",
        contentType: "application/json;charset=UTF-8",
        body: { database_name: "charset_db" },
      });
      assert.equal(answer.status, 200);
      assert.equal(answer.sent?.headers["content-type"], "application/json");
    });

    it("signs UNSIGNED-PAYLOAD for any other content type, and it verifies", async () => {
      const answer = await sdk.call({
        method: "POST",
        url: "/v1.0/{project_id}/databases",
        contentType: "text/plain",
        body: { database_name: "unsigned_db" },
      });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.equal(answer.sent?.headers["x-sdk-content-sha256"], "UNSIGNED-PAYLOAD");
      assert.ok(signedHeaders(answer).includes("x-sdk-content-sha256"));
    });

    it("hashes the empty body of a DELETE (the SDK drops an empty data object)", async () => {
      await sdk.expect(
        { method: "POST", url: "/v1.0/{project_id}/databases", body: { database_name: "gone_db" } },
        200,
      );
      await sdk.expect(
        {
          method: "DELETE",
          url: "/v1.0/{project_id}/databases/{database_name}",
          pathParams: { database_name: "gone_db" },
        },
        200,
      );
    });

    it("hashes {} for a GET the way generated clients send it (data {})", async () => {
      const answer = await sdk.call({ method: "GET", url: "/v1.0/{project_id}/queues", body: {} });
      assert.equal(answer.status, 200);
    });

    it("hashes a body with non-ASCII text as UTF-8 bytes", async () => {
      await sdk.expect(
        {
          method: "POST",
          url: "/v1.0/{project_id}/databases",
          body: { database_name: "utf8_db", description: "数据库 – ü" },
        },
        200,
      );
    });
  });
});
