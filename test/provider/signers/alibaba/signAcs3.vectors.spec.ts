/**
 * One `it` per non-informational vector of aliyun-acs3.json (spec/signing.md §3): canonical query,
 * canonical request, string to sign, signature, Authorization, and the signed headers and query as sent.
 */
import assert from "node:assert/strict";
import { decodedQuery, replayAcs3, splitTarget } from "../vectorMapping";
import { acs3Vectors } from "../vectorFiles";

describe("signAcs3 against the official SDK vectors", () => {
  for (const v of acs3Vectors().filter((x) => !x.informational)) {
    it(`reproduces ${v.name}`, () => {
      const signed = replayAcs3(v);
      const [, , canonicalQuery] = signed.canonicalRequest.split("\n");
      assert.equal(canonicalQuery, v.intermediates.canonical_query_string);
      assert.equal(signed.canonicalRequest, v.intermediates.canonical_request);
      assert.equal(signed.stringToSign, v.intermediates.string_to_sign);
      assert.equal(signed.signature, v.expected.signature_hex);
      assert.equal(signed.authorization, v.expected.authorization);

      // Wire: every signed header carries the value the SDK sent (trimmed), the body is the bytes the
      // SDK hashed, and the query decodes to the SDK's query.
      for (const name of v.intermediates.signed_headers.split(";")) {
        assert.equal(signed.headers[name], v.expected.wire.headers[name]?.trim(), name);
      }
      assert.equal(signed.body ?? null, v.intermediates.body_sent);
      const wire = new URL(v.expected.wire.url);
      const ours = splitTarget(signed.path);
      assert.equal(ours.pathname, v.expected.wire.pathname);
      assert.deepEqual(decodedQuery(ours.query), decodedQuery(wire.search.slice(1)));
    });
  }
});
