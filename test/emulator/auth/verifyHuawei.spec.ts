import assert from "node:assert/strict";
import { type AuthRequest, type HuaweiAuthResult, verifyHuawei } from "../../../emulator/auth";
import { type HuaweiSignInput, sha256Hex, signHuawei } from "../../../provider/signers";
import { huaweiVectors } from "../../provider/signers/vectorFiles";
import { huaweiWireRequest, lookupSecret, wireOf } from "./wireRequests";

const T0 = Date.parse("2025-03-14T17:00:00Z");
const MINUTE = 60_000;
const credentials = { accessKey: "testid", secretKey: "testsecret", projectId: "p1" };
const submitJob: HuaweiSignInput = {
  method: "POST",
  host: "127.0.0.1:18080",
  path: "/v1.0/p1/jobs/submit-job",
  body: '{"sql":"select 1"}',
};
const signed = (input: Partial<HuaweiSignInput> = {}): AuthRequest =>
  wireOf(signHuawei({ ...submitJob, ...input }, credentials, { sdkDate: "20250314T170000Z" }));
const outcome = (r: HuaweiAuthResult): string => (r.ok ? "ok" : `${r.status} ${r.code} ${r.reason}`);
const verify = (request: AuthRequest, nowMs = T0, options = {}) => verifyHuawei(request, lookupSecret, nowMs, options);

/** The server clock equals the signing time: the X-Sdk-Date the request carries. */
function sdkDateMs(request: AuthRequest): number {
  const d = request.headers["x-sdk-date"]!;
  return Date.parse(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(9, 11)}:${d.slice(11, 13)}:${d.slice(13, 15)}Z`);
}

describe("verifyHuawei", () => {
  describe("accepts every SDK-signed request from the vectors (server view)", () => {
    for (const v of huaweiVectors().filter((x) => !x.informational)) {
      it(`verifies ${v.name}`, () => {
        const request = huaweiWireRequest(v);
        const result = verify(request, sdkDateMs(request));
        assert.equal(outcome(result), "ok", JSON.stringify(result));
        assert.equal(result.ok && result.accessKey, "testid");
      });
    }
  });

  describe("rejects the SDK-bug vectors a faithful gateway rejects", () => {
    for (const v of huaweiVectors().filter((x) => x.informational)) {
      it(`rejects ${v.name}`, () => {
        const request = huaweiWireRequest(v);
        assert.equal(outcome(verify(request, sdkDateMs(request))), "401 APIG.0301 badSignature");
      });
    }
  });

  it("returns the project id sent in X-Project-Id", () => {
    const result = verify(signed());
    assert.equal(result.ok && result.projectId, "p1");
  });

  it("verifies our own request with a space and non-ASCII text in a path segment", () => {
    assert.equal(outcome(verify(signed({ method: "DELETE", path: "/v1.0/p1/queues/q a/作业1", body: undefined }))), "ok");
  });

  it("verifies our own request with repeated and reserved query values", () => {
    const query = { name: ["b:c", "b5", "~x", "中", "a b", "A"], filter: "空格 *~/+=&" };
    assert.equal(outcome(verify(signed({ method: "GET", query, body: undefined }))), "ok");
  });

  it("answers 401 APIG.0301 for an unknown access key", () => {
    const result = verifyHuawei(signed(), () => undefined, T0);
    assert.equal(outcome(result), "401 APIG.0301 unknownKey");
    assert.match(result.ok ? "" : result.message, /^Incorrect IAM authentication information: Get secretKey failed,ak:testid/);
  });

  it("answers 401 APIG.0301 when the body was changed after signing", () => {
    const request = signed();
    assert.equal(outcome(verify({ ...request, body: Buffer.from('{"sql":"drop table t"}') })), "401 APIG.0301 badSignature");
  });

  it("answers 401 APIG.0301 when a signed header was changed", () => {
    const request = signed();
    assert.equal(
      outcome(verify({ ...request, headers: { ...request.headers, "x-project-id": "p2" } })),
      "401 APIG.0301 badSignature",
    );
  });

  it("answers 401 APIG.0301 for an X-Sdk-Date 16 minutes away and accepts one 15 minutes away", () => {
    assert.equal(outcome(verify(signed(), T0 + 16 * MINUTE)), "401 APIG.0301 expired");
    assert.equal(outcome(verify(signed(), T0 - 16 * MINUTE)), "401 APIG.0301 expired");
    assert.equal(outcome(verify(signed(), T0 + 15 * MINUTE)), "ok");
  });

  it("answers 401 APIG.0301 when there is no Authorization header", () => {
    const { authorization: _omitted, ...headers } = signed().headers;
    assert.equal(outcome(verify({ ...signed(), headers })), "401 APIG.0301 missing");
  });

  it("answers 401 APIG.0301 when X-Project-Id is sent but not signed", () => {
    const request = wireOf(signHuawei(submitJob, { accessKey: "testid", secretKey: "testsecret" }, { sdkDate: "20250314T170000Z" }));
    assert.equal(
      outcome(verify({ ...request, headers: { ...request.headers, "x-project-id": "p1" } })),
      "401 APIG.0301 malformed",
    );
  });

  it("answers 401 APIG.0301 when UNSIGNED-PAYLOAD is added to a request that did not sign it", () => {
    const request = signed();
    const headers = { ...request.headers, "x-sdk-content-sha256": "UNSIGNED-PAYLOAD" };
    assert.equal(outcome(verify({ ...request, headers, body: Buffer.from("{}") })), "401 APIG.0301 malformed");
  });

  it("accepts a signed X-Sdk-Content-Sha256 equal to the body hash and rejects one that differs", () => {
    const request = signed({ headers: { "x-sdk-content-sha256": sha256Hex(submitJob.body!) } });
    assert.equal(outcome(verify(request)), "ok");
    assert.equal(outcome(verify({ ...request, body: Buffer.from("{}") })), "401 APIG.0301 malformed");
  });

  it("answers 413 APIG.0201 for a body over the AK/SK size limit", () => {
    assert.equal(outcome(verify(signed(), T0, { maxBodyBytes: 10 })), "413 APIG.0201 tooLarge");
  });

  it("answers 401 APIG.0301 for an X-Sdk-Date not in the basic format", () => {
    const request = signed();
    const headers = { ...request.headers, "x-sdk-date": "2025-03-14T17:00:00Z" };
    assert.equal(outcome(verify({ ...request, headers })), "401 APIG.0301 malformed");
  });
});
