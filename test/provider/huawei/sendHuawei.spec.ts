import assert from "node:assert/strict";
import { startScriptedServer, type ScriptedServer } from "../../helpers/scriptedServer";
import { cdmOperation, harness, HUAWEI_TOKEN_CONFIG, PROJECT_ID, type Harness } from "../clientFixtures";

const cluster = { status: 200, body: { id: "c-1" } };
const iamAnswer = (token: string, expiresAt = "2025-03-15T15:09:26.000000Z") => ({
  status: 201,
  headers: { "x-subject-token": token },
  body: { token: { expires_at: expiresAt, methods: ["password"] } },
});

describe("createClient (Huawei CDM / DLI)", () => {
  let server: ScriptedServer;
  let h: Harness;

  beforeEach(async () => {
    server = await startScriptedServer();
    h = harness(server.url);
  });
  afterEach(async () => {
    await h.close();
    await server.close();
  });

  it("signs with AK/SK, substitutes {project_id} and sends X-Project-Id and the exact JSON body", async () => {
    server.enqueue(cluster);
    const body = { cluster: { name: "集群 1" } };
    await h.client.send(cdmOperation({ action: "createCluster", method: "POST", path: "/v1.1/{project_id}/clusters", body, idempotent: false }));
    const [request] = server.requests;
    assert.equal(request?.url, `/v1.1/${PROJECT_ID}/clusters`);
    assert.equal(request?.headers["x-project-id"], PROJECT_ID);
    assert.equal(request?.headers["content-type"], "application/json");
    assert.equal(request?.headers["x-language"], "en_us");
    assert.equal(request?.headers.host, `127.0.0.1:${server.port}`);
    assert.match(String(request?.headers["x-sdk-date"]), /^\d{8}T\d{6}Z$/);
    assert.match(String(request?.headers.authorization), /^SDK-HMAC-SHA256 Access=hwtestid, SignedHeaders=.*x-sdk-date/);
    assert.equal(request?.body, JSON.stringify(body));
  });

  it("keeps encoded path segments and writes the query", async () => {
    server.enqueue(cluster);
    await h.client.send(
      cdmOperation({ path: "/v1.1/{project_id}/clusters/c-1/cdm/job/%E4%BD%9C%E4%B8%9A1", query: { jobType: "NORMAL_JOB", page_no: 1, skip: undefined } }),
    );
    assert.equal(server.requests[0]?.url, `/v1.1/${PROJECT_ID}/clusters/c-1/cdm/job/%E4%BD%9C%E4%B8%9A1?jobType=NORMAL_JOB&page_no=1`);
  });

  it("classifies CDM's short error shape by code even with HTTP 500 (delete of a missing job)", async () => {
    server.enqueue({ status: 500, body: { errCode: "Cdm.0100", externalMessage: "Job[j1] doesn't exist." } });
    await assert.rejects(h.client.send(cdmOperation({ action: "deleteJob", method: "DELETE", idempotent: true })), {
      code: "Cdm.0100",
      category: "notFound",
      httpStatus: 500,
      serviceMessage: "Job[j1] doesn't exist.",
    });
    assert.equal(server.requests.length, 1);
  });

  it("classifies CDM's long error shape (duplicate link) as conflict", async () => {
    const message = "Link name [ftp_link] already exist or created by other user.";
    server.enqueue({ status: 400, body: { code: "Cdm.0315", errCode: "Cdm.0315", message, externalMessage: message } });
    await assert.rejects(h.client.send(cdmOperation({ action: "createLink", method: "POST", idempotent: false })), {
      code: "Cdm.0315",
      category: "conflict",
    });
  });

  it("reports a failed link connectivity check (500 validation-result) as invalid, not ambiguous", async () => {
    server.enqueue({ status: 500, body: { "validation-result": [{ linkConfig: [{ message: "Cannot connect to host", status: "ERROR" }] }] } });
    await assert.rejects(h.client.send(cdmOperation({ action: "createLink", method: "POST", idempotent: false })), {
      code: "Cdm.ValidationFailed",
      category: "invalid",
      serviceMessage: "Cannot connect to host",
    });
    assert.equal(server.requests.length, 1);
  });

  it("treats a DLI is_success:false envelope with HTTP 200 as an error", async () => {
    server.enqueue({ status: 200, headers: { "x-request-id": "dli-req-1" }, body: { is_success: "false", message: "There is no queue named q1" } });
    await assert.rejects(h.client.send(cdmOperation({ service: "dli", action: "showQueue", path: "/v1.0/{project_id}/queues/q1" })), {
      service: "dli",
      category: "notFound",
      httpStatus: 200,
      requestId: "dli-req-1",
    });
  });

  it("reads DLI's error_code/error_msg shape (DLI.0002 → notFound)", async () => {
    server.enqueue({ status: 400, body: { error_code: "DLI.0002", error_msg: "There is no queue named testqueue" } });
    await assert.rejects(h.client.send(cdmOperation({ service: "dli", action: "showQueue", path: "/v1.0/{project_id}/queues/q" })), {
      code: "DLI.0002",
      category: "notFound",
    });
  });

  it("retries APIG.0308 throttling even for a create", async () => {
    server.enqueue({ status: 429, body: { error_code: "APIG.0308", error_msg: "The request is throttled" } }, cluster);
    await h.client.send(cdmOperation({ action: "createCluster", method: "POST", idempotent: false }));
    assert.equal(server.requests.length, 2);
  });

  it("does not retry a CDM create whose connection was reset after sending, and reports it ambiguous", async () => {
    server.enqueue({ destroy: true }, cluster);
    await assert.rejects(
      h.client.send(cdmOperation({ action: "createCluster", method: "POST", idempotent: false })),
      { category: "ambiguous" },
    );
    assert.equal(server.requests.length, 1);
  });

  it("signs every attempt afresh: a retried call carries a new X-Sdk-Date and signature", async () => {
    server.enqueue(
      { status: 429, headers: { "retry-after": "2" }, body: { error_code: "APIG.0308", error_msg: "throttled" } },
      cluster,
    );
    await h.client.send(cdmOperation({ action: "createCluster", method: "POST", idempotent: false }));
    const dates = server.requests.map((r) => r.headers["x-sdk-date"]);
    const signatures = server.requests.map((r) => r.headers.authorization);
    assert.equal(new Set(dates).size, 2);
    assert.equal(new Set(signatures).size, 2);
  });

  describe("with IAM token auth", () => {
    let t: Harness;
    beforeEach(() => {
      t = harness(server.url, { config: HUAWEI_TOKEN_CONFIG });
    });
    afterEach(() => t.close());

    it("fetches a project-scoped token and sends it as X-Auth-Token without a signature", async () => {
      server.route("/v3/auth/tokens", iamAnswer("tok-AAAA-1111"));
      server.enqueue(cluster);
      await t.client.send(cdmOperation());
      const [iam, call] = server.requests;
      assert.equal(iam?.method, "POST");
      assert.deepEqual(JSON.parse(iam?.body ?? "{}"), {
        auth: {
          identity: { methods: ["password"], password: { user: { name: "pulumi-user", password: HUAWEI_TOKEN_CONFIG.huaweiPassword, domain: { name: "acme" } } } },
          scope: { project: { id: PROJECT_ID } },
        },
      });
      assert.equal(call?.headers["x-auth-token"], "tok-AAAA-1111");
      assert.equal(call?.headers.authorization, undefined);
    });

    it("reuses the cached token for later calls", async () => {
      server.route("/v3/auth/tokens", iamAnswer("tok-AAAA-1111"));
      server.enqueue(cluster, cluster, cluster);
      await t.client.send(cdmOperation());
      await t.client.send(cdmOperation());
      await t.client.send(cdmOperation({ service: "dli", action: "showQueue", path: "/v1.0/{project_id}/queues/q" }));
      assert.equal(server.requests.filter((r) => r.url === "/v3/auth/tokens").length, 1);
    });

    it("fetches a new token when the cached one expires within the hour", async () => {
      server.route("/v3/auth/tokens", iamAnswer("tok-1", "2025-03-14T17:09:26Z"), iamAnswer("tok-2"));
      server.enqueue(cluster, cluster);
      await t.client.send(cdmOperation());
      t.clock.advance(61 * 60_000);
      await t.client.send(cdmOperation());
      assert.equal(server.requests.filter((r) => r.url === "/v3/auth/tokens").length, 2);
      assert.equal(server.requests.at(-1)?.headers["x-auth-token"], "tok-2");
    });

    it("refreshes the token once and retries once on a 401", async () => {
      server.route("/v3/auth/tokens", iamAnswer("tok-old"), iamAnswer("tok-new"));
      server.enqueue({ status: 401, body: { error_code: "APIG.0301", error_msg: "Incorrect IAM authentication information" } }, cluster);
      await t.client.send(cdmOperation({ action: "createCluster", method: "POST", idempotent: false }));
      const tokens = server.requests.filter((r) => r.url === "/v3/auth/tokens");
      assert.equal(tokens.length, 2);
      assert.equal(server.requests.at(-1)?.headers["x-auth-token"], "tok-new");
    });

    it("gives up with an auth error when the fresh token is refused too", async () => {
      server.route("/v3/auth/tokens", iamAnswer("tok-old"), iamAnswer("tok-new"), iamAnswer("tok-3"));
      const refused = { status: 401, body: { error_code: "DLI.0013", error_msg: "token refused" } };
      server.enqueue(refused, refused, cluster);
      await assert.rejects(t.client.send(cdmOperation()), { category: "auth", code: "DLI.0013", httpStatus: 401 });
      assert.equal(server.requests.filter((r) => r.url === "/v3/auth/tokens").length, 2);
    });

    it("reports an IAM failure as an iam CloudError", async () => {
      server.route("/v3/auth/tokens", { status: 401, body: { error: { code: 401, message: "The username or password is wrong.", title: "Unauthorized" } } });
      await assert.rejects(t.client.send(cdmOperation()), {
        service: "iam",
        action: "keystoneCreateUserTokenByPassword",
        category: "auth",
        serviceMessage: "The username or password is wrong.",
      });
    });
  });
});
