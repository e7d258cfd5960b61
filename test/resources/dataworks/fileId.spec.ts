import { strict as assert } from "node:assert";
import { formatFileId, parseFileId } from "../../../resources/dataworks/fileId";
import { FileIdError } from "../../../resources/dataworks/fileIdError";

describe("fileId", () => {
  it("writes and reads {projectId}/{fileId}", () => {
    assert.equal(formatFileId({ projectId: 10000, fileId: 1000001 }), "10000/1000001");
    assert.deepEqual(parseFileId("10000/1000001"), { projectId: 10000, fileId: 1000001 });
  });

  for (const id of ["1000001", "10000:1000001", "a/b", "10000/", "99999999999999999/1"]) {
    it(`refuses ${JSON.stringify(id)} with a message naming the expected form`, () => {
      assert.throws(
        () => parseFileId(id),
        (error: unknown) => {
          assert.ok(error instanceof FileIdError);
          assert.equal(error.code, "InvalidFileId");
          assert.match(error.message, /expected \{projectId\}\/\{fileId\}/);
          return true;
        },
      );
    });
  }
});
