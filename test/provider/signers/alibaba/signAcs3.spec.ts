import assert from "node:assert/strict";
import { type AlibabaSignInput, sha256Hex, signAcs3 } from "../../../../provider/signers";

const credentials = { accessKeyId: "testid", accessKeySecret: "testsecret" };
const stamp = { timestamp: "2025-03-14T16:01:00Z", nonce: "n-1" };
const input: AlibabaSignInput = {
  method: "POST",
  host: "127.0.0.1:18080",
  action: "CreateFolder",
  version: "2020-05-18",
  params: { ProjectId: 10000, FolderPath: "a*b" },
};

describe("signAcs3", () => {
  it("hashes the exact form body it returns into x-acs-content-sha256 and signs content-type", () => {
    const signed = signAcs3(input, credentials, stamp);
    assert.equal(signed.body, "ProjectId=10000&FolderPath=a%2Ab");
    assert.equal(signed.headers["x-acs-content-sha256"], sha256Hex(signed.body));
    assert.match(signed.authorization, /SignedHeaders=content-type;host;x-acs-action;/);
  });

  it("signs only host, content-type and x-acs-* headers and sends other extra headers unsigned", () => {
    const signed = signAcs3(
      { ...input, headers: { "X-Acs-ResourceGroupId": "  rg-1 ", accept: "application/json" } },
      credentials,
      stamp,
    );
    assert.equal(signed.headers["x-acs-resourcegroupid"], "rg-1");
    assert.equal(signed.headers.accept, "application/json");
    assert.match(signed.authorization, /x-acs-resourcegroupid/);
    assert.doesNotMatch(signed.authorization, /accept/);
  });

  it("sends x-acs-accesskey-id and x-acs-security-token, signed, for STS credentials", () => {
    const signed = signAcs3(input, { ...credentials, securityToken: "tok" }, stamp);
    assert.equal(signed.headers["x-acs-security-token"], "tok");
    assert.match(signed.authorization, /x-acs-accesskey-id;.*x-acs-security-token;/);
  });

  it("refuses a query parameter name the SDKs and the server would sign differently", () => {
    assert.throws(
      () => signAcs3({ ...input, method: "GET", params: { "Key With Space": "v" } }, credentials, stamp),
      { name: "SigningInputError", code: "UnsignableParameterName" },
    );
  });

  it("refuses an extra header the signer sets itself", () => {
    assert.throws(() => signAcs3({ ...input, headers: { "x-acs-date": "x" } }, credentials, stamp), {
      name: "SigningInputError",
      code: "ReservedName",
    });
  });

  it("sends no body and no content-type for a POST without business parameters", () => {
    const signed = signAcs3({ ...input, params: {} }, credentials, stamp);
    assert.equal(signed.body, undefined);
    assert.equal(signed.headers["content-type"], undefined);
  });
});
