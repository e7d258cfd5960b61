import { strict as assert } from "node:assert";
import { ClientRequestException } from "@huaweicloud/huaweicloud-sdk-core/exception/ClientRequestException";
import { startEmulator, type RunningEmulator } from "../../emulator";
import {
  HW_KEY,
  HuaweiSdkClient,
  assertParsed,
  clusterBody,
  tokenRequest,
  type SdkAnswer,
  type SdkRequest,
} from "./contract/huaweiContractFixture";

const OTHER_PROJECT = "fedcba9876543210fedcba9876543210";
const MINUTE = 60_000;
const MB = 1024 * 1024;
const IAM_MESSAGE = /^Incorrect IAM authentication information/;

const listClusters: SdkRequest = { method: "GET", url: "/v1.1/{project_id}/clusters" };
const listQueues: SdkRequest = { method: "GET", url: "/v1.0/{project_id}/queues" };

/**
 * A refusal by the API gateway: the status, the gateway's `{error_code, error_msg}` body (with the
 * request id, nothing else), and the SDK's exception carrying the same code and message
 * (spec/cdm.md §1.8, Appendix D; spec/dli.md §1.4.3).
 */
function assertGatewayError(
  answer: SdkAnswer,
  status: number,
  code: string,
  message?: RegExp,
): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assertParsed(answer);
  assert.deepEqual(Object.keys(answer.body).sort(), ["error_code", "error_msg", "request_id"]);
  assert.equal(answer.body["error_code"], code);
  assert.equal(answer.body["request_id"], answer.headers["x-request-id"]);
  assert.ok(answer.error instanceof ClientRequestException);
  assert.equal(answer.error.errorCode, code);
  assert.equal(answer.error.errorMsg, answer.body["error_msg"]);
  if (message) assert.match(String(answer.body["error_msg"]), message);
}

/** Huawei API-gateway authentication, driven by the Huawei SDK core (spec/signing.md §4.4). */
describe("Huawei gateway authentication", () => {
  let emulator: RunningEmulator;
  let signed: HuaweiSdkClient;
  before(async () => {
    emulator = await startEmulator({
      credentials: {
        huawei: [
          { accessKey: "HWOTHERPROJECT", secretKey: "other-secret", projectId: OTHER_PROJECT },
        ],
        projects: [{ id: OTHER_PROJECT, name: "cn-south-1" }],
      },
    });
    signed = HuaweiSdkClient.signed(emulator);
  });
  after(() => emulator.close());

  describe("AK/SK signatures", () => {
    it("an unknown access key answers 401 APIG.0301 on CDM", async () => {
      const sdk = HuaweiSdkClient.signed(emulator, { ...HW_KEY, accessKey: "HWNOBODY" });
      assertGatewayError(await sdk.call(listClusters), 401, "APIG.0301", /ak not exist/);
    });

    it("an unknown access key answers 401 DLI.0013 on DLI (spec/dli.md §1.4.3)", async () => {
      const sdk = HuaweiSdkClient.signed(emulator, { ...HW_KEY, accessKey: "HWNOBODY" });
      assertGatewayError(await sdk.call(listQueues), 401, "DLI.0013", IAM_MESSAGE);
    });

    it("a signature made with the wrong secret key answers 401 APIG.0301", async () => {
      const sdk = HuaweiSdkClient.signed(emulator, { ...HW_KEY, secretKey: "not-the-secret" });
      assertGatewayError(
        await sdk.call(listClusters),
        401,
        "APIG.0301",
        /verify aksk signature fail/,
      );
    });

    it("a signature made with the wrong secret key answers 401 DLI.0013 on DLI", async () => {
      const sdk = HuaweiSdkClient.signed(emulator, { ...HW_KEY, secretKey: "not-the-secret" });
      assertGatewayError(await sdk.call(listQueues), 401, "DLI.0013", IAM_MESSAGE);
    });

    it("a body changed after signing answers 401 (the body hash no longer matches)", async () => {
      const answer = await signed.call({
        method: "POST",
        url: "/v1.0/{project_id}/databases",
        body: { database_name: "signed_db" },
        tamper: (request) => {
          request.data = { database_name: "other_db" };
        },
      });
      assertGatewayError(answer, 401, "DLI.0013", IAM_MESSAGE);
    });

    it("a signed header changed after signing answers 401", async () => {
      const answer = await signed.call({
        ...listClusters,
        headers: { "X-Language": "en_us" },
        tamper: (request) => {
          request.headers["X-Language"] = "zh_cn";
        },
      });
      assertGatewayError(answer, 401, "APIG.0301", /verify aksk signature fail/);
    });

    it("a query parameter added after signing answers 401", async () => {
      const answer = await signed.call({
        method: "GET",
        url: "/v1.0/{project_id}/databases",
        query: { keyword: "a" },
        tamper: (request) => {
          request.queryParams = { keyword: "a", limit: "1" };
        },
      });
      assertGatewayError(answer, 401, "DLI.0013");
    });

    for (const [label, offset] of [
      ["16 minutes behind", -16 * MINUTE],
      ["16 minutes ahead of", 16 * MINUTE],
    ] as const) {
      it(`an X-Sdk-Date ${label} the emulator clock answers 401 (signature expired)`, async () => {
        const answer = await signed.call({ ...listClusters, sdkDate: emulator.now() + offset });
        assertGatewayError(answer, 401, "APIG.0301", /more than 15 minutes/);
      });
    }

    for (const [label, offset] of [
      ["14 minutes behind", -14 * MINUTE],
      ["14 minutes ahead of", 14 * MINUTE],
    ] as const) {
      it(`an X-Sdk-Date ${label} the emulator clock is accepted (±15 minutes)`, async () => {
        await signed.expect({ ...listClusters, sdkDate: emulator.now() + offset }, 200);
      });
    }

    it("an X-Sdk-Date in another format answers 401", async () => {
      const answer = await signed.call({
        ...listClusters,
        tamper: (request) => {
          request.headers["X-Sdk-Date"] = new Date(emulator.now()).toISOString();
        },
      });
      assertGatewayError(answer, 401, "APIG.0301", /X-Sdk-Date must be YYYYMMDDTHHmmssZ/);
    });

    it("a signed body over 12 MB answers 413 APIG.0201 in the gateway shape (spec/signing.md §4.4)", async () => {
      const answer = await signed.call({
        method: "POST",
        url: "/v1.1/{project_id}/clusters",
        body: { cluster: { name: "x".repeat(12 * MB) } },
      });
      assertGatewayError(answer, 413, "APIG.0201", /Request entity too large/);
    });

    it("a signed body just under 12 MB passes the gateway and reaches CDM's validation", async () => {
      const body = clusterBody("big");
      (body["cluster"] as Record<string, unknown>)["description"] = "x".repeat(12 * MB - 2_000);
      const answer = await signed.call({
        method: "POST",
        url: "/v1.1/{project_id}/clusters",
        body,
      });
      assert.equal(answer.status, 202);
    });

    it("a path naming another project than the signed X-Project-Id answers 403 APIG.0302", async () => {
      const answer = await signed.call({ method: "GET", url: `/v1.1/${OTHER_PROJECT}/clusters` });
      assertGatewayError(answer, 403, "APIG.0302", /not authorized/);
    });

    it("an X-Project-Id naming a project the account does not have answers 403 APIG.0302", async () => {
      const sdk = HuaweiSdkClient.signed(emulator, {
        ...HW_KEY,
        projectId: "99999999999999999999999999999999",
      });
      assertGatewayError(await sdk.call(listClusters), 403, "APIG.0302", /does not exist/);
    });

    it("another key acts on its own project", async () => {
      const sdk = HuaweiSdkClient.signed(emulator, {
        accessKey: "HWOTHERPROJECT",
        secretKey: "other-secret",
        projectId: OTHER_PROJECT,
      });
      await sdk.expect(listClusters, 200);
    });
  });

  describe("the Authorization header", () => {
    it("no Authorization and no token answers 401 APIG.0301 on CDM", async () => {
      const answer = await HuaweiSdkClient.unsigned(emulator).call(listClusters);
      assertGatewayError(
        answer,
        401,
        "APIG.0301",
        /neither X-Auth-Token nor an AK\/SK Authorization/,
      );
    });

    it("no Authorization and no token answers DLI's documented 401 DLI.0013 (spec/dli.md §2.5)", async () => {
      const answer = await HuaweiSdkClient.unsigned(emulator).call(listQueues);
      assertGatewayError(answer, 401, "DLI.0013");
      assert.equal(
        answer.body["error_msg"],
        "X-Auth-Token is not defined in request. It is mandatory. Please define and send the request.",
      );
    });

    for (const [label, value] of [
      [
        "another algorithm",
        `HMAC-SHA256 Access=${HW_KEY.accessKey}, SignedHeaders=host;x-sdk-date, Signature=00`,
      ],
      [
        "no Signature field",
        `SDK-HMAC-SHA256 Access=${HW_KEY.accessKey}, SignedHeaders=host;x-sdk-date`,
      ],
      ["a bare word", "garbled"],
      ["an empty value", ""],
    ] as const) {
      it(`an Authorization with ${label} answers 401 APIG.0301`, async () => {
        const answer = await HuaweiSdkClient.unsigned(emulator).call({
          ...listClusters,
          headers: { Authorization: value, "X-Sdk-Date": "20251123T000000Z" },
        });
        assertGatewayError(answer, 401, "APIG.0301", IAM_MESSAGE);
      });
    }

    it("SignedHeaders without host answers 401: host and x-sdk-date must be signed (§4.4 step 2)", async () => {
      const answer = await signed.call({
        ...listClusters,
        tamper: (request) => {
          const auth = String(request.headers["Authorization"]);
          request.headers["Authorization"] = auth.replace(
            /SignedHeaders=[^,]*/,
            "SignedHeaders=x-sdk-date",
          );
        },
      });
      assertGatewayError(answer, 401, "APIG.0301", /header host must be signed/);
    });

    it("SignedHeaders naming a header that was not sent answers 401", async () => {
      const answer = await signed.call({
        ...listClusters,
        tamper: (request) => {
          const auth = String(request.headers["Authorization"]);
          request.headers["Authorization"] = auth.replace(
            /SignedHeaders=/,
            "SignedHeaders=workspace;",
          );
        },
      });
      assertGatewayError(answer, 401, "APIG.0301", /signed header workspace is missing/);
    });
  });

  describe("IAM tokens", () => {
    let token = "";
    before(async () => {
      const issued = await HuaweiSdkClient.unsigned(emulator).call(tokenRequest());
      token = String(issued.sdkHeaders["X-Subject-Token"]);
    });

    it("a token the emulator never issued answers 401 APIG.0301 on CDM", async () => {
      const answer = await HuaweiSdkClient.unsigned(emulator, "MIIforged").call(listClusters);
      assertGatewayError(answer, 401, "APIG.0301", /not a token this emulator issued/);
    });

    it("a token the emulator never issued answers 401 DLI.0013 on DLI", async () => {
      const answer = await HuaweiSdkClient.unsigned(emulator, "MIIforged").call(listQueues);
      assertGatewayError(answer, 401, "DLI.0013", IAM_MESSAGE);
    });

    it("a token body over 12 MB is not refused by the gateway: the limit is for AK/SK only (spec/cdm.md §1.7)", async () => {
      const body = clusterBody("big-token");
      (body["cluster"] as Record<string, unknown>)["description"] = "x".repeat(13 * MB);
      const answer = await HuaweiSdkClient.unsigned(emulator, token).call({
        method: "POST",
        url: "/v1.1/{project_id}/clusters",
        body,
      });
      assert.equal(answer.status, 202);
    });

    it("a token of one project used on another project's path answers 403 APIG.0302", async () => {
      const answer = await HuaweiSdkClient.unsigned(emulator, token).call({
        ...listQueues,
        url: `/v1.0/${OTHER_PROJECT}/queues`,
      });
      assertGatewayError(answer, 403, "APIG.0302");
    });

    it("an expired token answers 401 on CDM and DLI (24 hours, spec/cdm.md §1.6)", async () => {
      emulator.advanceClock(24 * 60 * MINUTE + MINUTE);
      const sdk = HuaweiSdkClient.unsigned(emulator, token);
      assertGatewayError(await sdk.call(listClusters), 401, "APIG.0301", /token has expired/);
      assertGatewayError(await sdk.call(listQueues), 401, "DLI.0013", /token has expired/);
    });
  });

  it("refused calls change nothing: no cluster was created by a refused request", async () => {
    const sdk = HuaweiSdkClient.signed(emulator, { ...HW_KEY, secretKey: "not-the-secret" });
    await sdk.call({
      method: "POST",
      url: "/v1.1/{project_id}/clusters",
      body: clusterBody("refused"),
    });
    const list = await signed.expect(listClusters, 200);
    const names = (list["clusters"] as Record<string, unknown>[]).map((c) => c["name"]);
    assert.ok(!names.includes("refused"));
  });
});
