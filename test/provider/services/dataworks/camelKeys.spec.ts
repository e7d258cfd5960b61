import { strict as assert } from "node:assert";
import { z } from "zod";
import { camelKeys, wireObject } from "../../../../provider/services/dataworks/camelKeys";

describe("camelKeys", () => {
  it("lower-cases the first letter of each PascalCase key", () => {
    assert.deepEqual(camelKeys({ FileId: 1, IsMaxCompute: true, Id: 2 }), {
      fileId: 1,
      isMaxCompute: true,
      id: 2,
    });
  });

  it("drops keys whose value is undefined so outputs stay plain JSON", () => {
    assert.deepEqual(camelKeys({ A: undefined, B: null }), { b: null });
  });

  it("wireObject decodes a PascalCase object into camelCase and strips unknown keys", () => {
    const schema = wireObject({ FolderId: z.string() });
    assert.deepEqual(schema.parse({ FolderId: "x", Extra: 1 }), { folderId: "x" });
  });
});
