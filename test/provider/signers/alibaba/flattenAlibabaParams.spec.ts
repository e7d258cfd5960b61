import assert from "node:assert/strict";
import { flattenAlibabaParams } from "../../../../provider/signers";

describe("flattenAlibabaParams", () => {
  it("turns numbers and booleans into their text", () => {
    assert.deepEqual(flattenAlibabaParams({ ProjectId: 10000, Deployed: true }), [
      ["ProjectId", "10000"],
      ["Deployed", "true"],
    ]);
  });

  it("flattens arrays 1-based, arrays of objects as Name.N.Field and objects as Name.Sub", () => {
    assert.deepEqual(
      flattenAlibabaParams({ Ids: [11, 12], Tag: [{ Key: "env", Value: "dev" }], Owner: { Name: "n" } }),
      [
        ["Ids.1", "11"],
        ["Ids.2", "12"],
        ["Tag.1.Key", "env"],
        ["Tag.1.Value", "dev"],
        ["Owner.Name", "n"],
      ],
    );
  });

  it("drops null and undefined values but keeps an array element's index", () => {
    assert.deepEqual(flattenAlibabaParams({ A: null, B: undefined, C: ["x", null, "z"] }), [
      ["C.1", "x"],
      ["C.3", "z"],
    ]);
  });

  it("keeps an empty string value", () => {
    assert.deepEqual(flattenAlibabaParams({ FolderName: "" }), [["FolderName", ""]]);
  });

  it("leaves parameter names exactly as given (no pop-core capitalisation)", () => {
    assert.deepEqual(flattenAlibabaParams({ regionId: "cn-hangzhou" }), [["regionId", "cn-hangzhou"]]);
  });
});
