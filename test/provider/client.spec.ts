import assert from "node:assert/strict";
import { CloudError } from "../../provider/errors";
import { freePort, startScriptedServer, type ScriptedServer } from "../helpers/scriptedServer";
import { dataWorksOperation, harness, okFolder, throttled, type Harness } from "./clientFixtures";

describe("createClient (DataWorks)", () => {
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

  it("sends an ACS3-signed POST with a form body, RegionId and the endpoint's host[:port]", async () => {
    server.enqueue(okFolder);
    const answer = await h.client.send(dataWorksOperation());
    assert.deepEqual(answer, { RequestId: "req-ok", Data: "f-1" });
    const [request] = server.requests;
    assert.equal(request?.method, "POST");
    assert.equal(request?.headers.host, `127.0.0.1:${server.port}`);
    assert.equal(request?.headers["x-acs-action"], "CreateFolder");
    assert.equal(request?.headers["x-acs-version"], "2020-05-18");
    assert.match(String(request?.headers.authorization), /^ACS3-HMAC-SHA256 Credential=testid,/);
    assert.match(request?.body ?? "", /RegionId=cn-hangzhou/);
    assert.match(request?.body ?? "", /ProjectId=10000/);
  });

  it("signs with RPC v1 when alibabaSignature is v1", async () => {
    const v1 = harness(server.url, { alibabaSignature: "v1" });
    server.enqueue(okFolder);
    await v1.client.send(dataWorksOperation());
    await v1.close();
    const url = server.requests[0]?.url ?? "";
    assert.match(url, /SignatureMethod=HMAC-SHA1/);
    assert.match(url, /Signature=/);
    assert.match(url, /Action=CreateFolder/);
  });

  it("retries a throttling answer and then succeeds", async () => {
    server.enqueue(throttled(), okFolder);
    const answer = await h.client.send(dataWorksOperation());
    assert.equal(answer.Data, "f-1");
    assert.equal(server.requests.length, 2);
    assert.deepEqual(h.clock.sleeps, [250]);
    assert.equal(h.logs.filter((e) => e.kind === "retry").length, 1);
  });

  it("waits at least as long as Retry-After asks", async () => {
    server.enqueue(throttled("Throttling.Api", { "retry-after": "7" }), okFolder);
    await h.client.send(dataWorksOperation());
    assert.deepEqual(h.clock.sleeps, [7000]);
  });

  it("never retries Throttling.Api.Risk (the daily cap)", async () => {
    server.enqueue(throttled("Throttling.Api.Risk"), okFolder);
    await assert.rejects(h.client.send(dataWorksOperation({ idempotent: true })), {
      name: "CloudError",
      code: "Throttling.Api.Risk",
      category: "fatal",
      httpStatus: 429,
      requestId: "req-429",
    });
    assert.equal(server.requests.length, 1);
  });

  it("signs every attempt with a new nonce and timestamp", async () => {
    server.enqueue(throttled("Throttling.User", { "retry-after": "2" }), throttled("Throttling.User", { "retry-after": "2" }), okFolder);
    await h.client.send(dataWorksOperation());
    const nonces = server.requests.map((r) => r.headers["x-acs-signature-nonce"]);
    const dates = server.requests.map((r) => r.headers["x-acs-date"]);
    const signatures = server.requests.map((r) => r.headers.authorization);
    assert.equal(new Set(nonces).size, 3);
    assert.equal(new Set(dates).size, 3);
    assert.equal(new Set(signatures).size, 3);
  });

  it("does not retry a create whose connection was reset after sending, and reports it ambiguous", async () => {
    server.enqueue({ destroy: true }, okFolder);
    await assert.rejects(h.client.send(dataWorksOperation({ idempotent: false })), (error: unknown) => {
      assert.ok(CloudError.is(error));
      assert.equal(error.category, "ambiguous");
      assert.match(error.code, /^(UND_ERR_SOCKET|ECONNRESET)$/);
      return true;
    });
    assert.equal(server.requests.length, 1);
  });

  it("retries an idempotent call whose connection was reset", async () => {
    server.enqueue({ destroy: true }, okFolder);
    const answer = await h.client.send(dataWorksOperation({ action: "GetFolder", idempotent: true, level: 1 }));
    assert.equal(answer.Data, "f-1");
    assert.equal(server.requests.length, 2);
  });

  it("retries a create when the connection was refused (nothing was sent)", async () => {
    const port = await freePort();
    const refused = harness(`http://127.0.0.1:${port}`);
    let late: ScriptedServer | undefined;
    refused.clock.onSleep = async () => {
      late ??= await startScriptedServer([okFolder], port);
    };
    try {
      const answer = await refused.client.send(dataWorksOperation({ idempotent: false }));
      assert.equal(answer.Data, "f-1");
      assert.equal(late?.requests.length, 1);
      assert.equal(refused.logs.find((e) => e.kind === "retry")?.code, "ECONNREFUSED");
    } finally {
      await refused.close();
      await late?.close();
    }
  });

  it("reports a 500 on a create as ambiguous without retrying", async () => {
    server.enqueue({ status: 500, body: { RequestId: "r5", ErrorCode: "InternalError.System", ErrorMessage: "busy" } }, okFolder);
    await assert.rejects(h.client.send(dataWorksOperation({ idempotent: false })), {
      category: "ambiguous",
      code: "InternalError.System",
      httpStatus: 500,
    });
    assert.equal(server.requests.length, 1);
  });

  it("retries a 500 on an idempotent call", async () => {
    server.enqueue({ status: 500, body: { RequestId: "r5", ErrorCode: "InternalError.System" } }, okFolder);
    await h.client.send(dataWorksOperation({ idempotent: true }));
    assert.equal(server.requests.length, 2);
  });

  it("gives up after maxAttempts and surfaces the last failure", async () => {
    const limited = harness(server.url, { retry: { maxAttempts: 3 } });
    server.enqueue(throttled(), throttled(), throttled(), okFolder);
    await assert.rejects(limited.client.send(dataWorksOperation()), { category: "throttling", code: "Throttling.User" });
    await limited.close();
    assert.equal(server.requests.length, 3);
  });

  it("gives up when the next wait would pass maxElapsedMs", async () => {
    const limited = harness(server.url, { retry: { maxElapsedMs: 60_000 } });
    server.enqueue(throttled("Throttling.User", { "retry-after": "100" }), okFolder);
    await assert.rejects(limited.client.send(dataWorksOperation()), { category: "throttling" });
    await limited.close();
    assert.equal(server.requests.length, 1);
  });

  it("re-signs once and resends a create rejected with InvalidTimeStamp.Expired", async () => {
    server.enqueue({ status: 400, body: { RequestId: "r", Code: "InvalidTimeStamp.Expired", Message: "expired" } }, okFolder);
    await h.client.send(dataWorksOperation({ idempotent: false }));
    assert.equal(server.requests.length, 2);
    assert.notEqual(server.requests[0]?.headers["x-acs-signature-nonce"], server.requests[1]?.headers["x-acs-signature-nonce"]);
  });

  it("stops after the second InvalidTimeStamp.Expired", async () => {
    const expired = { status: 400, body: { RequestId: "r", Code: "InvalidTimeStamp.Expired", Message: "expired" } };
    server.enqueue(expired, expired, okFolder);
    await assert.rejects(h.client.send(dataWorksOperation()), { category: "auth", code: "InvalidTimeStamp.Expired" });
    assert.equal(server.requests.length, 2);
  });

  it("treats Success:false with HTTP 200 as an error using HttpStatusCode, ErrorCode and ErrorMessage", async () => {
    server.enqueue({
      status: 200,
      body: { RequestId: "r-x", Success: "false", HttpStatusCode: "400", ErrorCode: "Invalid.Tenant.ProjectNotExists", ErrorMessage: "The project does not exist." },
    });
    await assert.rejects(h.client.send(dataWorksOperation()), {
      code: "Invalid.Tenant.ProjectNotExists",
      category: "notFound",
      httpStatus: 400,
      requestId: "r-x",
      serviceMessage: "The project does not exist.",
    });
  });

  it("reads the gateway's Code and Message when ErrorCode is absent", async () => {
    server.enqueue({ status: 403, body: { RequestId: "g", HostId: "h", Code: "SignatureDoesNotMatch", Message: "bad signature" } });
    await assert.rejects(h.client.send(dataWorksOperation()), { code: "SignatureDoesNotMatch", category: "auth", httpStatus: 403 });
  });

  it("raises DecodeError naming the action and the failing paths, not the values", async () => {
    server.enqueue({ status: 200, body: { RequestId: "r", Success: true, Data: 123456789 } });
    await assert.rejects(h.client.send(dataWorksOperation()), (error: unknown) => {
      assert.ok(CloudError.is(error));
      assert.equal(error.code, "DecodeError");
      assert.equal(error.category, "fatal");
      assert.equal(error.action, "CreateFolder");
      assert.match(error.message, /Data: invalid_type \(expected string\)/);
      assert.doesNotMatch(error.message, /123456789/);
      return true;
    });
  });

  it("raises DecodeError when a success body is not JSON", async () => {
    server.enqueue({ status: 200, body: "<html>gateway</html>" });
    await assert.rejects(h.client.send(dataWorksOperation()), { code: "DecodeError", category: "fatal" });
  });
});
