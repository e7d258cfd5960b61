import { strict as assert } from "node:assert";
import { startEmulator, type RunningEmulator } from "../../../../emulator";
import { lookupToken, TOKEN_LIFETIME_MS, type IamState } from "../../../../emulator/services/iam";
import { callHuawei, issueToken, PROJECT } from "../../helpers/clients";
import { FrozenRuntime } from "../../helpers/frozenRuntime";

const token = (expiresAt: number) => ({
  userName: "dataplatform",
  domain: "dataplatform",
  projectId: PROJECT,
  projectName: "cn-north-4",
  methods: ["password"],
  issuedAt: expiresAt - TOKEN_LIFETIME_MS,
  expiresAt,
});

describe("IAM lookupToken", () => {
  it("lookupToken: finds a token before its expiry", () => {
    const state: IamState = { tokens: { t1: token(2_000) } };
    assert.equal(lookupToken(state, "t1", 1_999).status, "valid");
  });

  it("lookupToken: reports a token as expired from its expiry instant on", () => {
    const state: IamState = { tokens: { t1: token(2_000) } };
    assert.deepEqual(lookupToken(state, "t1", 2_000), { status: "expired" });
  });

  it("lookupToken: reports an unknown token, including inherited property names", () => {
    const state: IamState = { tokens: {} };
    assert.deepEqual(lookupToken(state, "constructor", 0), { status: "unknown" });
  });

  describe("on CDM and DLI calls", () => {
    let emulator: RunningEmulator;
    before(async () => {
      emulator = await startEmulator({ throttle: false, runtime: new FrozenRuntime() });
    });
    after(() => emulator.close());
    beforeEach(() => emulator.reset());

    it("lookupToken: a token is accepted on CDM and DLI calls of its project", async () => {
      const text = await issueToken(emulator);
      assert.equal(
        (await callHuawei(emulator, "GET", `/v1.1/${PROJECT}/clusters`, { token: text })).status,
        200,
      );
      assert.equal(
        (await callHuawei(emulator, "GET", `/v1.0/${PROJECT}/queues`, { token: text })).status,
        200,
      );
    });

    it("lookupToken: a token is still accepted one minute before its 24 h expiry", async () => {
      const text = await issueToken(emulator);
      emulator.advanceClock(TOKEN_LIFETIME_MS - 60_000);
      assert.equal(
        (await callHuawei(emulator, "GET", `/v1.0/${PROJECT}/queues`, { token: text })).status,
        200,
      );
    });

    it("lookupToken: an expired token is refused on DLI with 401 DLI.0013", async () => {
      const text = await issueToken(emulator);
      emulator.advanceClock(TOKEN_LIFETIME_MS);
      const answer = await callHuawei(emulator, "GET", `/v1.0/${PROJECT}/queues`, { token: text });
      assert.equal(answer.status, 401);
      assert.equal(answer.body["error_code"], "DLI.0013");
    });

    it("lookupToken: an expired token is refused on CDM with 401", async () => {
      const text = await issueToken(emulator);
      emulator.advanceClock(TOKEN_LIFETIME_MS);
      const answer = await callHuawei(emulator, "GET", `/v1.1/${PROJECT}/clusters`, {
        token: text,
      });
      assert.equal(answer.status, 401);
    });

    it("lookupToken: the token's user is recorded as the caller in the request log", async () => {
      const text = await issueToken(emulator);
      await callHuawei(emulator, "GET", `/v1.1/${PROJECT}/clusters`, { token: text });
      assert.equal(
        emulator.requests({ service: "cdm", action: "listClusters" })[0]?.caller,
        "dataplatform",
      );
    });
  });
});
