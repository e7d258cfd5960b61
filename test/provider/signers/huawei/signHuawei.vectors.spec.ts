/**
 * One `it` per non-informational vector of huawei-sdk-hmac-sha256.json (spec/signing.md §4): canonical
 * URI / query / headers, canonical request, string to sign, signature, Authorization, and the request
 * line and signed headers the SDK put on the wire.
 */
import assert from "node:assert/strict";
import { decodedQuery, replayHuawei, splitTarget } from "../vectorMapping";
import { huaweiVectors } from "../vectorFiles";

/** The SDK strips one trailing "/" from the URL it sends (§4.2 step 1); the canonical URI is unaffected. */
const withoutTrailingSlash = (path: string): string => (path.length > 1 ? path.replace(/\/$/, "") : path);

describe("signHuawei against the official SDK vectors", () => {
  for (const v of huaweiVectors().filter((x) => !x.informational)) {
    it(`reproduces ${v.name}`, () => {
      const signed = replayHuawei(v);
      const [, canonicalUri, canonicalQuery] = signed.canonicalRequest.split("\n");
      if (v.intermediates.canonical_uri !== undefined) assert.equal(canonicalUri, v.intermediates.canonical_uri);
      if (v.intermediates.canonical_query_string !== undefined) {
        assert.equal(canonicalQuery, v.intermediates.canonical_query_string);
      }
      assert.equal(signed.canonicalRequest, v.intermediates.canonical_request);
      assert.equal(signed.stringToSign, v.intermediates.string_to_sign);
      assert.equal(signed.signature, v.expected.signature_hex);
      assert.equal(signed.authorization, v.expected.authorization);

      const wire = v.expected.on_the_wire;
      if (wire === undefined) return; // the direct AKSKSigner.sign vector sent nothing
      const [method, target] = wire.request_line.split(" ");
      assert.equal(signed.method, method);
      const theirs = splitTarget(target ?? "");
      const ours = splitTarget(signed.path);
      assert.equal(withoutTrailingSlash(ours.pathname), theirs.pathname);
      assert.deepEqual(decodedQuery(ours.query), decodedQuery(theirs.query));
      const sent = new Map(wire.headers.map(([name, value]) => [name.toLowerCase(), value]));
      for (const name of signed.authorization.split("SignedHeaders=")[1]!.split(",")[0]!.split(";")) {
        assert.equal(signed.headers[name], sent.get(name), name);
      }
      assert.equal(signed.body ?? null, wire.body);
    });
  }
});
