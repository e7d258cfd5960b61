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

  it("agrees with a byte-wise reference encoder on pseudo-random mixed text", () => {
    // Reference: the UTF-8 bytes Buffer.from produces (lone surrogates → U+FFFD), each one kept if
    // unreserved and %XX otherwise — the definition in spec/signing.md "Conventions".
    const reference = (text: string): string => {
      let out = "";
      for (const byte of Buffer.from(text, "utf8")) {
        const char = String.fromCharCode(byte);
        out += /[A-Za-z0-9\-_.~]/.test(char)
          ? char
          : "%" + byte.toString(16).toUpperCase().padStart(2, "0");
      }
      return out;
    };
    // Deterministic LCG so that a failure reproduces; code units drawn from ranges that hit every branch.
    let seed = 20251114;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const ranges: Array<[number, number]> = [
      [0x00, 0x80],
      [0x41, 0x5b],
      [0x80, 0x800],
      [0x800, 0xd800],
      [0xd800, 0xe000],
      [0xe000, 0x10000],
    ];
    for (let n = 0; n < 2000; n++) {
      let text = "";
      const length = next(12);
      for (let k = 0; k < length; k++) {
        const [from, to] = ranges[next(ranges.length)]!;
        text += String.fromCharCode(from + next(to - from));
      }
      assert.equal(percentEncode(text), reference(text), JSON.stringify(text));
    }
  });
});
