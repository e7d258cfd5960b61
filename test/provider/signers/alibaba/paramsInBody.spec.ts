import assert from "node:assert/strict";
import { SigningInputError } from "../../../../provider/signers";
import { paramsInBody } from "../../../../provider/signers/alibaba/paramsInBody";
import type { AlibabaSignInput } from "../../../../provider/signers/types";

const base: AlibabaSignInput = { method: "POST", host: "h", action: "A", version: "v", params: {} };

describe("paramsInBody", () => {
  it("puts a POST's business parameters in the body by default", () => {
    assert.equal(paramsInBody(base, 1), true);
  });

  it("puts a GET's business parameters in the query by default", () => {
    assert.equal(paramsInBody({ ...base, method: "GET" }, 1), false);
  });

  it("follows an explicit placement", () => {
    assert.equal(paramsInBody({ ...base, placement: "query" }, 1), false);
  });

  it("refuses a GET whose business parameters are placed in a body", () => {
    assert.throws(
      () => paramsInBody({ ...base, method: "GET", placement: "body" }, 1),
      (error: unknown) => error instanceof SigningInputError && error.code === "InvalidInput",
    );
  });

  it("accepts a GET placed in a body when it has no business parameters", () => {
    assert.equal(paramsInBody({ ...base, method: "GET", placement: "body" }, 0), true);
  });
});
