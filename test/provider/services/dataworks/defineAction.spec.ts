import { strict as assert } from "node:assert";
import { z } from "zod";
import { defineAction, toWireParams } from "../../../../provider/services/dataworks/defineAction";

const ACTION = defineAction({
  action: "GetThing",
  level: 1,
  idempotent: true,
  input: z.object({ thingId: z.number().int(), label: z.string().optional() }),
  response: z.object({ RequestId: z.string() }),
});

describe("defineAction", () => {
  it("builds an Alibaba DataWorks operation with PascalCase parameters", () => {
    const operation = ACTION.operation({ thingId: 7 });
    assert.equal(operation.cloud, "alibaba");
    assert.equal(operation.service, "dataworks");
    assert.equal(operation.action, "GetThing");
    assert.deepEqual(operation.params, { ThingId: 7 });
  });

  it("carries the level, idempotency and response schema of the definition", () => {
    const operation = ACTION.operation({ thingId: 7 });
    assert.equal(operation.level, 1);
    assert.equal(operation.idempotent, true);
    assert.equal(operation.response, ACTION.response);
  });

  it("throws an invalid-input CloudError naming the field when the input is malformed", () => {
    assert.throws(() => ACTION.operation({ thingId: 1.5 }), {
      name: "CloudError",
      category: "invalid",
      code: "InvalidInput",
      action: "GetThing",
      message: /thingId/,
    });
  });

  it("toWireParams leaves out unset parameters instead of sending them empty", () => {
    assert.deepEqual(toWireParams({ fileId: 1, comment: undefined, stop: false }), {
      FileId: 1,
      Stop: false,
    });
  });
});
