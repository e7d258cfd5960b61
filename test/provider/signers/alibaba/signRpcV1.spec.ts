import assert from "node:assert/strict";
import { type AlibabaSignInput, signRpcV1 } from "../../../../provider/signers";

const credentials = { accessKeyId: "testid", accessKeySecret: "testsecret" };
const stamp = { timestamp: "2025-03-14T15:10:26Z", nonce: "n-1" };
const input: AlibabaSignInput = {
  method: "POST",
  host: "dataworks.cn-hangzhou.aliyuncs.com",
  action: "CreateFolder",
  version: "2020-05-18",
  params: { ProjectId: 10000, FolderPath: "业务流程/a b" },
};

describe("signRpcV1", () => {
  it("puts common parameters and Signature in the query and business parameters in a form body for POST", () => {
    const signed = signRpcV1(input, credentials, stamp);
    assert.match(signed.path, /^\/\?AccessKeyId=testid&Action=CreateFolder&.*&Signature=[^&]+$/);
    assert.doesNotMatch(signed.path, /ProjectId/);
    assert.equal(signed.body, "ProjectId=10000&FolderPath=%E4%B8%9A%E5%8A%A1%E6%B5%81%E7%A8%8B%2Fa%20b");
    assert.equal(signed.headers["content-type"], "application/x-www-form-urlencoded");
  });

  it("signs the same parameter set whichever placement is chosen", () => {
    const inBody = signRpcV1(input, credentials, stamp);
    const inQuery = signRpcV1({ ...input, placement: "query" }, credentials, stamp);
    assert.equal(inBody.signature, inQuery.signature);
    assert.equal(inQuery.body, undefined);
  });

  it("adds SecurityToken as a signed common parameter for STS credentials", () => {
    const signed = signRpcV1(input, { ...credentials, securityToken: "tok/+=" }, stamp);
    assert.match(signed.canonicalQuery, /&SecurityToken=tok%2F%2B%3D&/);
  });

  it("refuses a business parameter that collides with a common parameter", () => {
    assert.throws(() => signRpcV1({ ...input, params: { Signature: "x" } }, credentials, stamp), {
      name: "SigningInputError",
      code: "ReservedName",
    });
  });

  it("does not mutate its input", () => {
    const params = { Ids: [2, 1], Obj: { b: "1", a: "2" } };
    const snapshot = JSON.stringify(params);
    signRpcV1({ ...input, params }, credentials, stamp);
    assert.equal(JSON.stringify(params), snapshot);
  });
});
