import assert from "node:assert/strict";
import { CloudError } from "../../provider/errors";
import { startScriptedServer, type RecordedRequest, type ScriptedServer } from "../helpers/scriptedServer";
import {
  ALIBABA_SECRET,
  cdmOperation,
  dataWorksOperation,
  harness,
  HUAWEI_PASSWORD,
  HUAWEI_SECRET,
  HUAWEI_TOKEN_CONFIG,
} from "./clientFixtures";
import { createClient } from "../../provider/client";

const TOKEN = "MIIPAgYJKoZIhvcNAQcCo-secret-token";

/** Everything a request carried that must never be shown: the Authorization header and its signature. */
function requestSecrets(request: RecordedRequest | undefined): string[] {
  const authorization = String(request?.headers.authorization ?? "");
  const signature = /Signature=([0-9a-f]+)/.exec(authorization)?.[1];
  return [authorization, signature ?? ""].filter((s) => s.length > 0);
}

/** A server answer that echoes everything sensitive it received, as a careless gateway might. */
function echo(status: number, shape: "alibaba" | "huawei") {
  return (request: RecordedRequest) => {
    const echoed = `auth=${String(request.headers.authorization)} token=${String(request.headers["x-auth-token"])} body=${request.body} secrets=${ALIBABA_SECRET},${HUAWEI_SECRET}`;
    return {
      status,
      body: shape === "alibaba" ? { RequestId: "r", Code: "SignatureDoesNotMatch", Message: echoed } : { error_code: "APIG.0301", error_msg: echoed },
    };
  };
}

function assertClean(texts: readonly string[], secrets: readonly string[]): void {
  for (const text of texts) {
    for (const secret of secrets) {
      assert.ok(!text.includes(secret), `a message or log line contains a secret: ${text.slice(0, 120)}`);
    }
  }
}

function errorTexts(error: unknown): string[] {
  assert.ok(error instanceof Error);
  const texts = [error.message, String(error.stack)];
  if (CloudError.is(error)) texts.push(error.serviceMessage, JSON.stringify(error));
  return texts;
}

describe("secrets never appear in errors or logs", () => {
  let server: ScriptedServer;
  beforeEach(async () => {
    server = await startScriptedServer();
  });
  afterEach(() => server.close());

  it("masks secrets and signatures a DataWorks error echoes, and keeps retry logs clean", async () => {
    const h = harness(server.url);
    server.enqueue({ status: 429, body: { RequestId: "r", Code: "Throttling.User", Message: "slow" } }, echo(400, "alibaba"));
    const error = await h.client.send(dataWorksOperation()).catch((e: unknown) => e);
    await h.close();
    const secrets = [ALIBABA_SECRET, ...server.requests.flatMap(requestSecrets)];
    assertClean([...errorTexts(error), ...h.logs.map((e) => JSON.stringify(e))], secrets);
    assert.ok(h.logs.length > 0);
  });

  it("masks the AK/SK signature a CDM error echoes", async () => {
    const h = harness(server.url);
    server.enqueue(echo(401, "huawei"));
    const error = await h.client.send(cdmOperation()).catch((e: unknown) => e);
    await h.close();
    assertClean(errorTexts(error), [HUAWEI_SECRET, ...server.requests.flatMap(requestSecrets)]);
  });

  it("masks IAM tokens and passwords in errors and token-refresh logs", async () => {
    const h = harness(server.url, { config: HUAWEI_TOKEN_CONFIG });
    server.route(
      "/v3/auth/tokens",
      { status: 201, headers: { "x-subject-token": TOKEN }, body: { token: { expires_at: "2030-01-01T00:00:00Z" } } },
      (request) => ({ status: 401, body: { error: { code: 401, message: `bad credentials in ${request.body}` } } }),
    );
    server.enqueue(echo(401, "huawei"));
    const error = await h.client.send(cdmOperation()).catch((e: unknown) => e);
    await h.close();
    assert.ok(CloudError.is(error));
    assertClean([...errorTexts(error), ...h.logs.map((e) => JSON.stringify(e))], [TOKEN, HUAWEI_PASSWORD]);
  });

  it("does not echo secret values from a response that fails decoding", async () => {
    const h = harness(server.url);
    server.enqueue({ status: 200, body: { RequestId: "r", Success: true, Data: { password: "db-password-777" } } });
    const error = await h.client.send(dataWorksOperation()).catch((e: unknown) => e);
    await h.close();
    assertClean(errorTexts(error), ["db-password-777"]);
  });

  it("names only keys and variables when credentials are missing", async () => {
    const client = createClient({ env: {}, config: { alibabaAccessKeySecret: ALIBABA_SECRET, endpoint: server.url } });
    const error = await client.send(dataWorksOperation()).catch((e: unknown) => e);
    assertClean(errorTexts(error), [ALIBABA_SECRET]);
    assert.equal(server.requests.length, 0);
  });

  it("never shows the v1 signature carried in the URL when the connection fails", async () => {
    const h = harness("http://127.0.0.1:1", { alibabaSignature: "v1", retry: { maxAttempts: 1 } });
    const error = await h.client.send(dataWorksOperation()).catch((e: unknown) => e);
    await h.close();
    assert.ok(CloudError.is(error));
    assert.equal(error.category, "transient");
    assertClean(errorTexts(error), [ALIBABA_SECRET, "Signature=", "SignatureNonce"]);
  });
});
