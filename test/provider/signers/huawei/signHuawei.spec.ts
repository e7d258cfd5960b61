import assert from "node:assert/strict";
import { type HuaweiSignInput, sha256Hex, signHuawei } from "../../../../provider/signers";

const credentials = { accessKey: "testid", secretKey: "testsecret", projectId: "p1" };
const stamp = { sdkDate: "20250314T170000Z" };
const input: HuaweiSignInput = {
  method: "POST",
  host: "dli.cn-north-4.myhuaweicloud.com",
  path: "/v1.0/p1/jobs/submit-job",
  body: '{"sql":"select 1"}',
};

describe("signHuawei", () => {
  it("sends and signs content-type exactly application/json with a JSON body and hashes the exact body", () => {
    const signed = signHuawei(input, credentials, stamp);
    assert.equal(signed.headers["content-type"], "application/json");
    assert.ok(signed.canonicalRequest.endsWith("\n" + sha256Hex(input.body!)));
    assert.equal(signed.body, input.body);
  });

  it("normalises a JSON content type with a charset to exactly application/json", () => {
    const signed = signHuawei(
      { ...input, headers: { "Content-Type": "application/json;charset=UTF-8" } },
      credentials,
      stamp,
    );
    assert.equal(signed.headers["content-type"], "application/json");
  });

  it("signs every header it sends, sorted, with X-Project-Id from the credential", () => {
    const signed = signHuawei({ ...input, headers: { workspace: "w1" } }, credentials, stamp);
    assert.match(signed.authorization, /SignedHeaders=content-type;host;workspace;x-project-id;x-sdk-date,/);
  });

  it("trims header values so that the signed value is the value sent", () => {
    const signed = signHuawei({ ...input, headers: { workspace: "  ws 1  " } }, credentials, stamp);
    assert.equal(signed.headers.workspace, "ws 1");
    assert.match(signed.canonicalRequest, /\nworkspace:ws 1\n/);
  });

  it("encodes each decoded path segment once, in the canonical URI and on the wire", () => {
    const signed = signHuawei({ ...input, method: "DELETE", path: "/v1.0/p1/queues/q a" }, credentials, stamp);
    assert.equal(signed.path, "/v1.0/p1/queues/q%20a");
    assert.equal(signed.canonicalRequest.split("\n")[1], "/v1.0/p1/queues/q%20a/");
  });

  it("writes repeated query values sorted by their unencoded text", () => {
    const signed = signHuawei({ ...input, query: { name: ["b:c", "b5", "A"] } }, credentials, stamp);
    assert.equal(signed.canonicalRequest.split("\n")[2], "name=A&name=b5&name=b%3Ac");
  });

  it("refuses an x-project-id header that contradicts the credential", () => {
    assert.throws(() => signHuawei({ ...input, headers: { "X-Project-Id": "other" } }, credentials, stamp), {
      name: "SigningInputError",
      code: "ReservedName",
    });
  });

  it("does not mutate its input", () => {
    const query = { name: ["b", "a"] };
    signHuawei({ ...input, query }, credentials, stamp);
    assert.deepEqual(query, { name: ["b", "a"] });
  });
});
