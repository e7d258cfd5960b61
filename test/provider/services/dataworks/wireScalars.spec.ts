import { strict as assert } from "node:assert";
import { z } from "zod";
import {
  arrayOf,
  httpStatusCode,
  jsonObjectText,
  optional,
  stringOrNumber,
  successTrue,
  wireLong,
  wireLongOrNumericString,
} from "../../../../provider/services/dataworks/wireScalars";

const ok = (schema: z.ZodType, value: unknown): unknown => schema.parse(value);
const bad = (schema: z.ZodType, value: unknown): boolean => !schema.safeParse(value).success;

describe("wireScalars", () => {
  it("wireLong accepts the largest documented ID and rejects integers above 2^53", () => {
    assert.equal(ok(wireLong, 375827434852437), 375827434852437);
    assert.ok(bad(wireLong, 2 ** 53));
    assert.ok(bad(wireLong, 1.5));
  });

  it("wireLongOrNumericString reads a numeric string as a number", () => {
    assert.equal(ok(wireLongOrNumericString, "10000"), 10000);
    assert.ok(bad(wireLongOrNumericString, "10e3"));
  });

  it('httpStatusCode accepts 200 and "200" and rejects other text', () => {
    assert.equal(ok(httpStatusCode, 200), 200);
    assert.equal(ok(httpStatusCode, "200"), 200);
    assert.ok(bad(httpStatusCode, "OK"));
    assert.ok(bad(httpStatusCode, 42));
  });

  it('successTrue accepts true and "true" only', () => {
    assert.equal(ok(successTrue, true), true);
    assert.equal(ok(successTrue, "true"), true);
    for (const value of [false, "false", 1, "TRUE"]) {
      assert.ok(bad(successTrue, value), String(value));
    }
  });

  it("stringOrNumber reads a number as its decimal text", () => {
    assert.equal(ok(stringOrNumber, 38748246285727), "38748246285727");
    assert.ok(bad(stringOrNumber, true));
  });

  it("optional reads null and absence as undefined", () => {
    assert.equal(ok(optional(z.string()), null), undefined);
    assert.equal(ok(optional(z.string()), undefined), undefined);
  });

  it("arrayOf wraps a single object printed in place of a list (§0.2)", () => {
    const list = arrayOf(z.object({ A: z.number() }));
    assert.deepEqual(ok(list, { A: 1 }), [{ A: 1 }]);
    assert.deepEqual(ok(list, [{ A: 1 }, { A: 2 }]), [{ A: 1 }, { A: 2 }]);
    assert.ok(bad(list, "[]"));
  });

  it("jsonObjectText parses JSON text of an object and rejects anything else", () => {
    assert.deepEqual(ok(jsonObjectText, '{"a":"1"}'), { a: "1" });
    assert.ok(bad(jsonObjectText, "[1]"));
    assert.ok(bad(jsonObjectText, "null"));
    assert.ok(bad(jsonObjectText, "{"));
  });
});
