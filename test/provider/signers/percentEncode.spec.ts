import assert from "node:assert/strict";
import { percentEncode } from "../../../provider/signers";

describe("percentEncode", () => {
  it("keeps the RFC 3986 unreserved characters as they are", () => {
    assert.equal(percentEncode("AZaz09-_.~"), "AZaz09-_.~");
  });

  it("encodes space as %20 and the reserved characters with upper-case hex", () => {
    assert.equal(percentEncode(" */+=&!'()"), "%20%2A%2F%2B%3D%26%21%27%28%29");
  });

  it("encodes non-ASCII text as its UTF-8 bytes, an emoji as one 4-byte code point", () => {
    assert.equal(percentEncode("中😀"), "%E4%B8%AD%F0%9F%98%80");
  });

  it("encodes a lone surrogate as U+FFFD instead of throwing", () => {
    assert.equal(percentEncode("a\uD800b"), "a%EF%BF%BDb");
  });

  it("returns the empty string for the empty string", () => {
    assert.equal(percentEncode(""), "");
  });
});
