import { strict as assert } from "node:assert";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import { FAKE_SERVICES } from "../helpers/fakeServices";
import { callAlibaba, callHuawei, issueToken, PROJECT, type AlibabaCallOptions } from "../helpers/clients";

const OTHER_PROJECT = "ffffffffffffffffffffffffffffffff";

describe("emulator authentication", () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({
      services: FAKE_SERVICES,
      throttle: false,
      credentials: {
        huawei: [{ accessKey: "HWOTHER", secretKey: "other-secret", projectId: OTHER_PROJECT }],
        projects: [{ id: OTHER_PROJECT, name: "cn-south-1" }],
      },
    });
  });
  after(() => emulator.close());

  describe("Alibaba", () => {
    it("accepts an RPC v1 signature from the default key pair", async () => {
      const answer = await callAlibaba(emulator, "UpdateFolder", {});
      assert.equal(answer.status, 200);
    });

    it("accepts an ACS3 signature from the default key pair", async () => {
      const answer = await callAlibaba(emulator, "UpdateFolder", {}, { scheme: "acs3" });
      assert.equal(answer.status, 200);
    });

    it("answers InvalidAccessKeyId.NotFound in the gateway shape for an unknown key", async () => {
      const answer = await callAlibaba(emulator, "UpdateFolder", {}, { accessKeyId: "LTAInobody" });
      assert.equal(answer.status, 404);
      assert.equal(answer.body["Code"], "InvalidAccessKeyId.NotFound");
      assert.equal(answer.body["ErrorCode"], "InvalidAccessKeyId.NotFound");
      assert.equal(answer.body["HttpStatusCode"], 404);
      assert.equal(answer.body["Success"], false);
      assert.equal(typeof answer.body["HostId"], "string");
      assert.equal(typeof answer.body["Recommend"], "string");
      assert.equal(typeof answer.body["RequestId"], "string");
    });

    it("answers SignatureDoesNotMatch when signed with the wrong secret", async () => {
      const answer = await callAlibaba(emulator, "UpdateFolder", {}, { accessKeySecret: "wrong" });
      assert.equal(answer.status, 400);
      assert.equal(answer.body["Code"], "SignatureDoesNotMatch");
    });

    it("answers SignatureDoesNotMatch for an ACS3 request signed with the wrong secret", async () => {
      const answer = await callAlibaba(emulator, "UpdateFolder", {}, { scheme: "acs3", accessKeySecret: "wrong" });
      assert.equal(answer.body["Code"], "SignatureDoesNotMatch");
    });

    it("answers InvalidTimeStamp.Expired for a timestamp 20 minutes old", async () => {
      const answer = await callAlibaba(emulator, "UpdateFolder", {}, { at: emulator.now() - 20 * 60_000 });
      assert.equal(answer.status, 400);
      assert.equal(answer.body["Code"], "InvalidTimeStamp.Expired");
    });

    it("answers SignatureNonceUsed when a nonce is replayed", async () => {
      const nonce = `nonce-${emulator.now()}-replayed`;
      const first = await callAlibaba(emulator, "UpdateFolder", {}, { nonce });
      const second = await callAlibaba(emulator, "UpdateFolder", {}, { nonce });
      assert.equal(first.status, 200);
      assert.equal(second.status, 400);
      assert.equal(second.body["Code"], "SignatureNonceUsed");
    });

    it("answers MissingParameter when a required common parameter is absent", async () => {
      const answer = await callAlibaba(emulator, "UpdateFolder", {}, {
        tamper: (req) => {
          const url = new URL(`http://x${req.path}`);
          url.searchParams.delete("Timestamp");
          req.path = `${url.pathname}${url.search}`;
        },
      });
      assert.equal(answer.status, 400);
      assert.equal(answer.body["Code"], "MissingParameter");
      assert.match(String(answer.body["Message"]), /Timestamp/);
    });

    it("answers InvalidVersion for another API version", async () => {
      const answer = await callAlibaba(emulator, "UpdateFolder", {}, { version: "2024-05-18" });
      assert.equal(answer.status, 400);
      assert.equal(answer.body["Code"], "InvalidVersion");
    });
  });

  describe("Alibaba gateway errors over HTTP, both schemes", () => {
    type Case = readonly [string, number, string, (scheme: "rpc" | "acs3") => AlibabaCallOptions];
    const cases: readonly Case[] = [
      ["an unknown access key", 404, "InvalidAccessKeyId.NotFound", () => ({ accessKeyId: "LTAInobody" })],
      ["a wrong secret", 400, "SignatureDoesNotMatch", () => ({ accessKeySecret: "wrong" })],
      ["a timestamp 16 minutes ahead", 400, "InvalidTimeStamp.Expired", () => ({ at: emulator.now() + 16 * 60_000 })],
      ["a timestamp 16 minutes behind", 400, "InvalidTimeStamp.Expired", () => ({ at: emulator.now() - 16 * 60_000 })],
      [
        "a missing timestamp",
        400,
        "MissingParameter",
        (scheme) => ({
          tamper: (req) => {
            if (scheme === "acs3") {
              delete req.headers["x-acs-date"];
              return;
            }
            const url = new URL(`http://x${req.path}`);
            url.searchParams.delete("Timestamp");
            req.path = `${url.pathname}${url.search}`;
            if (req.body !== undefined) {
              const form = new URLSearchParams(req.body);
              form.delete("Timestamp");
              req.body = form.toString();
            }
          },
        }),
      ],
    ];
    for (const scheme of ["rpc", "acs3"] as const) {
      for (const [condition, status, code, options] of cases) {
        it(`answers ${status} ${code} in Alibaba's error shape for ${condition} (${scheme})`, async () => {
          const answer = await callAlibaba(emulator, "UpdateFolder", { FolderId: "f" }, { scheme, ...options(scheme) });
          assert.equal(answer.status, status);
          // spec/dataworks.md §1.7: the gateway body, plus the DataStudio fields (emulator convention).
          assert.deepEqual(
            {
              Code: answer.body["Code"],
              ErrorCode: answer.body["ErrorCode"],
              Success: answer.body["Success"],
              HttpStatusCode: answer.body["HttpStatusCode"],
            },
            { Code: code, ErrorCode: code, Success: false, HttpStatusCode: status },
          );
          for (const field of ["RequestId", "Message", "HostId", "Recommend"]) {
            assert.equal(typeof answer.body[field], "string", field);
          }
          assert.equal(answer.headers.get("x-acs-request-id"), answer.body["RequestId"]);
        });
      }

      it(`answers 400 SignatureNonceUsed in Alibaba's error shape for a replayed nonce (${scheme})`, async () => {
        const nonce = `replayed-${scheme}-${emulator.now()}`;
        const first = await callAlibaba(emulator, "UpdateFolder", {}, { scheme, nonce });
        const second = await callAlibaba(emulator, "UpdateFolder", {}, { scheme, nonce });
        assert.deepEqual([first.status, second.status, second.body["Code"]], [200, 400, "SignatureNonceUsed"]);
      });
    }

    it("never logs the signature or the secret of a refused request", async () => {
      await callAlibaba(emulator, "UpdateFolder", { FolderId: "f" }, { accessKeySecret: "wrong-secret-value" });
      const entry = emulator.requests({ action: "UpdateFolder" }).at(-1)!;
      assert.equal(entry.errorCode, "SignatureDoesNotMatch");
      const text = JSON.stringify(entry);
      assert.equal(text.includes("wrong-secret-value"), false);
      assert.equal(text.includes("Signature="), false);
      assert.deepEqual(entry.parameters, { FolderId: "f" });
    });
  });

  describe("Huawei AK/SK", () => {
    const clusters = `/v1.1/${PROJECT}/clusters`;

    it("accepts a signature from the default key pair", async () => {
      const answer = await callHuawei(emulator, "POST", clusters, { body: { cluster: { name: "c" } } });
      assert.equal(answer.status, 202);
    });

    it("answers 401 APIG.0301 in the gateway shape for a bad signature", async () => {
      const answer = await callHuawei(emulator, "POST", clusters, {
        body: { cluster: { name: "c" } },
        secretKey: "wrong",
      });
      assert.equal(answer.status, 401);
      assert.equal(answer.body["error_code"], "APIG.0301");
      assert.match(String(answer.body["error_msg"]), /Incorrect IAM authentication information/);
    });

    it("answers 401 DLI.0013 for a bad signature on a DLI path", async () => {
      const answer = await callHuawei(emulator, "GET", `/v1.0/${PROJECT}/queues`, { secretKey: "wrong" });
      assert.equal(answer.status, 401);
      assert.equal(answer.body["error_code"], "DLI.0013");
    });

    it("answers 401 for an X-Sdk-Date 20 minutes old", async () => {
      const answer = await callHuawei(emulator, "GET", `${clusters}/c1`, { at: emulator.now() - 20 * 60_000 });
      assert.equal(answer.status, 401);
      assert.match(String(answer.body["error_msg"]), /expired/);
    });

    it("answers 403 APIG.0302 when the path names another project than the key's", async () => {
      const answer = await callHuawei(emulator, "GET", `/v1.1/${OTHER_PROJECT}/clusters/c1`);
      assert.equal(answer.status, 403);
      assert.equal(answer.body["error_code"], "APIG.0302");
    });

    it("accepts another configured key pair on its own project", async () => {
      const answer = await callHuawei(emulator, "GET", `/v1.1/${OTHER_PROJECT}/clusters/none`, {
        accessKey: "HWOTHER",
        secretKey: "other-secret",
        projectId: OTHER_PROJECT,
      });
      assert.equal(answer.status, 404);
      assert.equal(answer.body["errCode"], "Cdm.0100");
    });

    it("answers 413 APIG.0201 for a signed body over 12 MB", async () => {
      const answer = await callHuawei(emulator, "POST", clusters, {
        rawBody: Buffer.alloc(12 * 1024 * 1024 + 1, 0x20),
      });
      assert.equal(answer.status, 413);
      assert.equal(answer.body["error_code"], "APIG.0201");
    });

    it("answers 401 DLI.0013 with the seed's message when DLI gets neither token nor signature", async () => {
      const answer = await callHuawei(emulator, "GET", `/v1.0/${PROJECT}/queues`, { anonymous: true });
      assert.equal(answer.status, 401);
      assert.deepEqual(
        { code: answer.body["error_code"], msg: answer.body["error_msg"] },
        {
          code: "DLI.0013",
          msg: "X-Auth-Token is not defined in request. It is mandatory. Please define and send the request.",
        },
      );
    });
  });

  describe("Huawei IAM token", () => {
    it("accepts an issued token on CDM and DLI", async () => {
      const token = await issueToken(emulator);
      const cdm = await callHuawei(emulator, "POST", `/v1.1/${PROJECT}/clusters`, {
        token,
        body: { cluster: { name: "t" } },
      });
      const dli = await callHuawei(emulator, "GET", `/v1.0/${PROJECT}/queues`, { token });
      assert.deepEqual([cdm.status, dli.status], [202, 200]);
    });

    it("answers 401 for a token the emulator never issued", async () => {
      const answer = await callHuawei(emulator, "GET", `/v1.0/${PROJECT}/queues`, { token: "MIITforged" });
      assert.equal(answer.status, 401);
      assert.equal(answer.body["error_code"], "DLI.0013");
    });

    it("answers 403 when the token's project is not the path's", async () => {
      const token = await issueToken(emulator);
      const answer = await callHuawei(emulator, "GET", `/v1.0/${OTHER_PROJECT}/queues`, { token });
      assert.equal(answer.status, 403);
    });

    it("answers 401 for a token used after its 24 hours", async () => {
      const token = await issueToken(emulator);
      emulator.advanceClock(24 * 3_600_000 + 1_000);
      const answer = await callHuawei(emulator, "GET", `/v1.1/${PROJECT}/clusters/c1`, { token });
      assert.equal(answer.status, 401);
      assert.equal(answer.body["error_code"], "APIG.0301");
      assert.match(String(answer.body["error_msg"]), /expired/);
    });
  });
});
