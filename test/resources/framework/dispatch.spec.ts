import { strict as assert } from "node:assert";
import { attach, providerFor } from "../../../resources/framework/dispatch";
import { UnknownResourceTypeError } from "../../../resources/framework/unknownResourceTypeError";

const request = (raw: Record<string, string>) => ({
  config: Object.assign({ get: (key: string) => raw[key], require: (key: string) => raw[key]! }, { rawConfig: raw }),
});

describe("dispatch", () => {
  it("puts the real provider methods on the shim object before returning", () => {
    const shim: Record<string, unknown> = { type: "dataplatform:Probe" };
    void attach(shim as { type: string }, request({ "dataplatform:endpoint": "http://127.0.0.1:1" }));
    for (const method of ["check", "diff", "create", "read", "update", "delete"]) {
      assert.equal(typeof shim[method], "function", method);
    }
  });

  it("names the types it knows when the state asks for one it does not", () => {
    assert.throws(() => providerFor("dataworks:Nope"), (error: unknown) => {
      assert.ok(error instanceof UnknownResourceTypeError);
      assert.match(error.message, /"dataworks:Nope".*dataplatform:Probe/);
      return true;
    });
  });
});
