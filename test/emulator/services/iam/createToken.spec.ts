import { strict as assert } from "node:assert";
import { startEmulator, type RunningEmulator } from "../../../../emulator";
import { FAKE_SERVICES } from "../../helpers/fakeServices";
import { callHuawei, PROJECT } from "../../helpers/clients";
import { HuaweiSdkClient, tokenRequest } from "../../contract/huaweiContractFixture";

const passwordBody = (password: string, scope: Record<string, string> = { id: PROJECT }) => ({
  auth: {
    identity: {
      methods: ["password"],
      password: { user: { name: "dataplatform", password, domain: { name: "dataplatform" } } },
    },
    scope: { project: scope },
  },
});

describe("IAM createToken", () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ services: FAKE_SERVICES, throttle: false });
  });
  after(() => emulator.close());

  it("createToken: issues a project token with the default user's password", async () => {
    const answer = await callHuawei(emulator, "POST", "/v3/auth/tokens", {
      anonymous: true,
      body: passwordBody("local-huawei-password"),
    });
    assert.equal(answer.status, 201);
    assert.match(answer.headers.get("x-subject-token") ?? "", /^MII/);
    const token = answer.body["token"] as Record<string, any>;
    assert.deepEqual(token["methods"], ["password"]);
    assert.equal(token["project"]["id"], PROJECT);
    assert.equal(token["project"]["name"], "cn-north-4");
    assert.equal(token["user"]["name"], "dataplatform");
    assert.ok(
      token["catalog"].some((c: any) => c.type === "cdm" && c.endpoints[0].url === emulator.url),
    );
  });

  it("createToken: expires the token 24 hours after issue, in IAM's time format", async () => {
    const before = emulator.now();
    const answer = await callHuawei(emulator, "POST", "/v3/auth/tokens", {
      anonymous: true,
      body: passwordBody("local-huawei-password"),
    });
    const token = answer.body["token"] as Record<string, string>;
    assert.match(token["expires_at"]!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    const lifetime = Date.parse(token["expires_at"]!) - before;
    assert.ok(
      lifetime >= 24 * 3_600_000 && lifetime < 24 * 3_600_000 + 60_000,
      `lifetime ${lifetime}`,
    );
  });

  it("createToken: scopes by project name as DLI's example does", async () => {
    const answer = await callHuawei(emulator, "POST", "/v3/auth/tokens", {
      anonymous: true,
      body: passwordBody("local-huawei-password", { name: "cn-north-4" }),
    });
    assert.equal(answer.status, 201);
  });

  it("createToken: answers 401 IAM.0101 for a wrong password", async () => {
    const answer = await callHuawei(emulator, "POST", "/v3/auth/tokens", {
      anonymous: true,
      body: passwordBody("guess"),
    });
    assert.deepEqual([answer.status, answer.body["error_code"]], [401, "IAM.0101"]);
  });

  it("createToken: puts the string code in error.code, which the SDK reads first", async () => {
    const answer = await callHuawei(emulator, "POST", "/v3/auth/tokens", {
      anonymous: true,
      body: passwordBody("guess"),
    });
    assert.deepEqual(answer.body["error"], {
      code: "IAM.0101",
      message: "The username or password is wrong.",
      title: "Unauthorized",
    });
  });

  it("createToken: a wrong password reaches the Huawei SDK as error code IAM.0101", async () => {
    const answer = await HuaweiSdkClient.unsigned(emulator).call(tokenRequest(PROJECT, "wrong"));
    assert.deepEqual([answer.status, answer.error?.errorCode], [401, "IAM.0101"]);
  });

  it("createToken: answers 400 for an unknown project", async () => {
    const answer = await callHuawei(emulator, "POST", "/v3/auth/tokens", {
      anonymous: true,
      body: passwordBody("local-huawei-password", { id: "nope" }),
    });
    assert.equal(answer.status, 400);
  });

  it("createToken: answers 400 for a token request without a project scope", async () => {
    const body = passwordBody("local-huawei-password") as { auth: Record<string, unknown> };
    delete body.auth["scope"];
    const answer = await callHuawei(emulator, "POST", "/v3/auth/tokens", { anonymous: true, body });
    assert.equal(answer.status, 400);
  });

  it("createToken: issues a token for an AK/SK-signed request without a password", async () => {
    const answer = await callHuawei(emulator, "POST", "/v3/auth/tokens", {
      body: { auth: { identity: { methods: ["hw_ak_sk"] }, scope: { project: { id: PROJECT } } } },
    });
    assert.equal(answer.status, 201);
    const token = answer.headers.get("x-subject-token")!;
    const use = await callHuawei(emulator, "GET", `/v1.0/${PROJECT}/queues`, { token });
    assert.equal(use.status, 200);
  });

  it("createToken: answers 401 without a password or a signature", async () => {
    const answer = await callHuawei(emulator, "POST", "/v3/auth/tokens", {
      anonymous: true,
      body: { auth: { identity: { methods: ["hw_ak_sk"] }, scope: { project: { id: PROJECT } } } },
    });
    assert.equal(answer.status, 401);
  });

  it("createToken: never writes the password into the request log", async () => {
    await callHuawei(emulator, "POST", "/v3/auth/tokens", {
      anonymous: true,
      body: passwordBody("local-huawei-password"),
    });
    const logged = JSON.stringify(emulator.requests({ service: "iam" }));
    assert.equal(logged.includes("local-huawei-password"), false);
  });

  it("listProjects: lists the configured projects to a signed caller", async () => {
    const answer = await callHuawei(emulator, "GET", "/v3/projects", {
      query: { name: "cn-north-4" },
    });
    assert.equal(answer.status, 200);
    assert.deepEqual(
      (answer.body["projects"] as Array<Record<string, unknown>>).map((p) => p["id"]),
      [PROJECT],
    );
  });
});
