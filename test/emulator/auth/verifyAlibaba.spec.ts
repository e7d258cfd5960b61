import assert from "node:assert/strict";
import { type AlibabaAuthResult, type AuthRequest, NonceCache, verifyAlibaba } from "../../../emulator/auth";
import { type AlibabaSignInput, signAcs3, signRpcV1 } from "../../../provider/signers";
import { acs3Vectors, rpcV1Vectors } from "../../provider/signers/vectorFiles";
import { acs3WireRequest, lookupSecret, rpcV1WireRequest, wireOf } from "./wireRequests";

const T0 = Date.parse("2025-03-14T15:09:26Z");
const MINUTE = 60_000;
const credentials = { accessKeyId: "testid", accessKeySecret: "testsecret" };
const createFolder: AlibabaSignInput = {
  method: "POST",
  host: "127.0.0.1:18080",
  action: "CreateFolder",
  version: "2020-05-18",
  params: { ProjectId: 10000, FolderPath: "业务流程/a b*" },
};

function verify(request: AuthRequest, nowMs = T0, nonces = new NonceCache()): AlibabaAuthResult {
  return verifyAlibaba(request, lookupSecret, nowMs, nonces);
}
const rpcRequest = (input: Partial<AlibabaSignInput> = {}, nonce = "n-1") =>
  wireOf(signRpcV1({ ...createFolder, ...input }, credentials, { timestamp: "2025-03-14T15:09:26Z", nonce }));
const acs3Request = (input: Partial<AlibabaSignInput> = {}, nonce = "n-1") =>
  wireOf(signAcs3({ ...createFolder, ...input }, credentials, { timestamp: "2025-03-14T15:09:26Z", nonce }));

/** Rewrites one query parameter of a request URL (breaking or removing it). */
function withQuery(request: AuthRequest, name: string, value: string | undefined): AuthRequest {
  const [path, raw = ""] = request.url.split("?");
  const query = new URLSearchParams(raw);
  if (value === undefined) query.delete(name);
  else query.set(name, value);
  return { ...request, url: `${path}?${query.toString()}` };
}

describe("verifyAlibaba", () => {
  describe("accepts every SDK-signed RPC v1 request from the vectors (server view)", () => {
    for (const v of rpcV1Vectors().filter((x) => !x.informational)) {
      it(`verifies ${v.name}`, () => {
        const result = verify(rpcV1WireRequest(v), Date.parse(v.inputs.timestamp));
        assert.equal(result.ok, true, JSON.stringify(result));
        if (!result.ok) return;
        assert.equal(result.scheme, "rpc-v1");
        assert.equal(result.action, v.inputs.action);
        assert.deepEqual(Object.entries(result.params).sort(), [...v.intermediates.signed_params_sorted].sort());
      });
    }
  });

  describe("accepts every SDK-signed ACS3 request from the vectors (server view)", () => {
    for (const v of acs3Vectors().filter((x) => !x.informational)) {
      it(`verifies ${v.name}`, () => {
        const result = verify(acs3WireRequest(v), Date.parse(v.inputs.x_acs_date));
        assert.equal(result.ok, true, JSON.stringify(result));
        if (!result.ok) return;
        assert.equal(result.scheme, "acs3");
        assert.equal(result.action, v.inputs.action);
        assert.equal(result.version, v.inputs.api_version);
      });
    }
  });

  it("rejects the SDK's ROA path quirk vector exactly at the signature", () => {
    const v = acs3Vectors().find((x) => x.name === "acs3-quirk-roa-path-first-occurrence-only")!;
    const result = verify(acs3WireRequest(v), Date.parse(v.inputs.x_acs_date));
    assert.equal(result.ok ? "ok" : result.code, "SignatureDoesNotMatch");
  });

  it("returns query and form-body parameters merged and decoded for an RPC v1 POST", () => {
    const result = verify(rpcRequest());
    assert.ok(result.ok);
    assert.equal(result.params["FolderPath"], "业务流程/a b*");
    assert.equal(result.params["ProjectId"], "10000");
    assert.equal(result.params["Signature"], undefined);
  });

  it("returns the form-body business parameters of an ACS3 request", () => {
    const result = verify(acs3Request());
    assert.ok(result.ok);
    assert.equal(result.accessKeyId, "testid");
    assert.equal(result.params["FolderPath"], "业务流程/a b*");
  });

  it("accepts an RPC v1 form body that writes spaces as '+'", () => {
    const request = rpcRequest();
    const body = request.body.toString("utf8").replace(/%20/g, "+");
    assert.equal(verify({ ...request, body: Buffer.from(body) }).ok, true);
  });

  it("answers InvalidAccessKeyId.NotFound (404) for an unknown AccessKeyId", () => {
    const result = verifyAlibaba(rpcRequest(), () => undefined, T0, new NonceCache());
    assert.deepEqual(
      result.ok ? result : [result.status, result.code, result.action],
      [404, "InvalidAccessKeyId.NotFound", "CreateFolder"],
    );
  });

  it("answers InvalidAccessKeyId.NotFound (404) for an unknown ACS3 Credential", () => {
    const result = verifyAlibaba(acs3Request(), () => undefined, T0, new NonceCache());
    assert.equal(result.ok ? "ok" : `${result.status} ${result.code}`, "404 InvalidAccessKeyId.NotFound");
  });

  it("answers SignatureDoesNotMatch (400) when a signed RPC v1 parameter was changed", () => {
    const result = verify(withQuery(rpcRequest(), "Action", "DeleteFolder"));
    assert.equal(result.ok ? "ok" : `${result.status} ${result.code}`, "400 SignatureDoesNotMatch");
  });

  it("answers SignatureDoesNotMatch (400) when the signature was computed with another secret", () => {
    const forged = wireOf(
      signRpcV1(createFolder, { accessKeyId: "testid", accessKeySecret: "other" }, { timestamp: "2025-03-14T15:09:26Z", nonce: "n" }),
    );
    const result = verify(forged);
    assert.equal(result.ok ? "ok" : result.code, "SignatureDoesNotMatch");
    assert.match(result.ok ? "" : result.message, /server string to sign is:POST&%2F&/);
  });

  it("masks secret parameter values in the RPC v1 string to sign it names", () => {
    const forged = wireOf(
      signRpcV1(
        { ...createFolder, params: { ProjectId: 10000, Content: '{"password":"db-pass-1"}' } },
        { accessKeyId: "testid", accessKeySecret: "other", securityToken: "sts-token-1" },
        { timestamp: "2025-03-14T15:09:26Z", nonce: "n" },
      ),
    );
    const result = verify(forged);
    const message = result.ok ? "" : result.message;
    assert.match(message, /server string to sign is:POST&%2F&/);
    assert.doesNotMatch(message, /db-pass-1|sts-token-1/);
  });

  it("answers SignatureDoesNotMatch (400) when an ACS3 body differs from x-acs-content-sha256", () => {
    const request = acs3Request();
    const result = verify({ ...request, body: Buffer.from("ProjectId=1") });
    assert.equal(result.ok ? "ok" : `${result.status} ${result.code}`, "400 SignatureDoesNotMatch");
  });

  it("answers SignatureDoesNotMatch (400) when a signed ACS3 header was changed", () => {
    const request = acs3Request();
    const result = verify({ ...request, headers: { ...request.headers, "x-acs-action": "DeleteFolder" } });
    assert.equal(result.ok ? "ok" : result.code, "SignatureDoesNotMatch");
  });

  for (const [scheme, request] of [
    ["RPC v1", rpcRequest],
    ["ACS3", acs3Request],
  ] as const) {
    it(`answers InvalidTimeStamp.Expired (400) for an ${scheme} timestamp 16 minutes away`, () => {
      for (const now of [T0 + 16 * MINUTE, T0 - 16 * MINUTE]) {
        const result = verify(request(), now);
        assert.equal(result.ok ? "ok" : `${result.status} ${result.code}`, "400 InvalidTimeStamp.Expired");
      }
    });

    it(`accepts an ${scheme} timestamp exactly 15 minutes away`, () => {
      assert.equal(verify(request(), T0 + 15 * MINUTE).ok, true);
    });

    it(`answers SignatureNonceUsed (400) when an ${scheme} nonce is replayed within 15 minutes`, () => {
      const nonces = new NonceCache();
      assert.equal(verify(request(), T0, nonces).ok, true);
      const replay = verify(request(), T0 + 14 * MINUTE, nonces);
      assert.equal(replay.ok ? "ok" : `${replay.status} ${replay.code}`, "400 SignatureNonceUsed");
    });

    it(`does not consume the nonce of an ${scheme} request that fails verification`, () => {
      const nonces = new NonceCache();
      verifyAlibaba(request(), () => "wrong", T0, nonces);
      assert.equal(verify(request(), T0, nonces).ok, true);
    });
  }

  it("answers MissingParameter (400) naming the absent RPC v1 common parameter", () => {
    const result = verify(withQuery(rpcRequest(), "SignatureNonce", undefined));
    assert.deepEqual(
      result.ok ? result : [result.status, result.code, result.message],
      [400, "MissingParameter", 'The input parameter "SignatureNonce" that is mandatory for processing this request is not supplied.'],
    );
  });

  it("answers MissingParameter (400) naming an absent ACS3 header", () => {
    const request = acs3Request();
    const { "x-acs-date": _omitted, ...headers } = request.headers;
    const result = verify({ ...request, headers });
    assert.equal(result.ok ? "ok" : `${result.status} ${result.code} ${result.message}`, `400 MissingParameter ${
      'The input parameter "x-acs-date" that is mandatory for processing this request is not supplied.'
    }`);
  });

  it("answers IncompleteSignature (400) when an x-acs-* header is present but not signed", () => {
    const request = acs3Request();
    const result = verify({ ...request, headers: { ...request.headers, "x-acs-extra": "1" } });
    assert.equal(result.ok ? "ok" : result.code, "IncompleteSignature");
  });

  it("answers IncompleteSignature (400) for another ACS3 algorithm", () => {
    const request = acs3Request();
    const authorization = request.headers["authorization"]!.replace("ACS3-HMAC-SHA256", "ACS3-HMAC-SM3");
    const result = verify({ ...request, headers: { ...request.headers, authorization } });
    assert.equal(result.ok ? "ok" : result.code, "IncompleteSignature");
  });

  it("answers InvalidTimeStamp.Format (400) for a Timestamp not in UTC ISO-8601", () => {
    const result = verify(withQuery(rpcRequest(), "Timestamp", "2025-03-14 15:09:26"));
    assert.equal(result.ok ? "ok" : result.code, "InvalidTimeStamp.Format");
  });

  it("answers InvalidParameter (400) when a parameter appears twice", () => {
    const request = rpcRequest({ placement: "query" });
    const result = verify({ ...request, url: request.url + "&Action=CreateFolder" });
    assert.equal(result.ok ? "ok" : `${result.code} ${result.message}`, 'InvalidParameter The specified parameter "Action" is not valid: the parameter appears more than once');
  });

  it("accepts Format in any case and rejects a format other than JSON or XML", () => {
    const v = rpcV1Vectors().find((x) => x.name === "v1-openapiclient-get-key-sort-order")!;
    assert.equal(verify(rpcV1WireRequest(v), Date.parse(v.inputs.timestamp)).ok, true); // Format=json
    const result = verify(withQuery(rpcRequest({ placement: "query" }), "Format", "YAML"));
    assert.equal(result.ok ? "ok" : result.code, "InvalidParameter");
  });

  it("verifies our own RPC v1 GET and ACS3 GET requests with query parameters", () => {
    const params = { RegionId: "cn-hangzhou", Keyword: "空格 *~/+=&中文😀", Ids: [1, 2] };
    const stamp = { timestamp: "2025-03-14T15:09:26Z", nonce: "n-9" };
    const get = { ...createFolder, method: "GET" as const, action: "ListFiles", params };
    assert.equal(verify(wireOf(signRpcV1(get, credentials, stamp))).ok, true);
    assert.equal(verify(wireOf(signAcs3(get, credentials, stamp))).ok, true);
  });

  it("reports the STS security token it was sent", () => {
    const stamp = { timestamp: "2025-03-14T15:09:26Z", nonce: "n-sts" };
    const result = verify(wireOf(signAcs3(createFolder, { ...credentials, securityToken: "tok" }, stamp)));
    assert.equal(result.ok ? result.securityToken : result.code, "tok");
  });
});
