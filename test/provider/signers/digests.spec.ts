import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { hmacSha1Base64, hmacSha256Hex, sha256Hex } from "../../../provider/signers";

/** Keys of the shapes the fast path and the createHmac path take: ASCII up to a block, longer, non-ASCII. */
const KEYS = [
  "",
  "k",
  "testsecret",
  "testsecret&",
  "a".repeat(63),
  "b".repeat(64),
  "c".repeat(65),
  "秘密&",
  "\u007f\u0000x",
];
const TEXTS = ["", "POST&%2F&Action%3DCreateFile", "业务流程/你好 😀", "x".repeat(1000)];

describe("digests", () => {
  it("computes HMAC-SHA256 exactly as crypto.createHmac for every key and text shape", () => {
    for (const key of KEYS) {
      for (const text of TEXTS) {
        const expected = createHmac("sha256", key).update(text).digest("hex");
        assert.equal(hmacSha256Hex(key, text), expected, `key ${JSON.stringify(key)}`);
      }
    }
  });

  it("computes HMAC-SHA1 exactly as crypto.createHmac for every key and text shape", () => {
    for (const key of KEYS) {
      for (const text of TEXTS) {
        const expected = createHmac("sha1", key).update(text).digest("base64");
        assert.equal(hmacSha1Base64(key, text), expected, `key ${JSON.stringify(key)}`);
      }
    }
  });

  it("matches the RFC 4231 test case 2 HMAC-SHA256 value", () => {
    assert.equal(
      hmacSha256Hex("Jefe", "what do ya want for nothing?"),
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("hashes text as UTF-8 and bytes as they are", () => {
    assert.equal(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assert.equal(sha256Hex("中"), sha256Hex(Buffer.from("中", "utf8")));
  });
});
