import { strict as assert } from "node:assert";
import { filesNamed, indexFileName } from "../../../../emulator/services/dataworks/fileNameIndex";
import type { FileRecord } from "../../../../emulator/services/dataworks/model";

function record(fileId: number, fileName: string, projectId = 10000): FileRecord {
  return { fileId, fileName, projectId } as FileRecord;
}

describe("filesNamed", () => {
  it("finds the files of a workspace by name, built from a table it has not seen", () => {
    const files = { "1": record(1, "a"), "2": record(2, "b"), "3": record(3, "a", 10001) };
    assert.deepEqual(
      filesNamed(files, 10000, "a").map((f) => f.fileId),
      [1],
    );
  });

  it("finds a file added with indexFileName after the index was built", () => {
    const files: Record<string, FileRecord> = { "1": record(1, "a") };
    filesNamed(files, 10000, "a");
    files["2"] = record(2, "c");
    indexFileName(files, files["2"]);
    assert.deepEqual(
      filesNamed(files, 10000, "c").map((f) => f.fileId),
      [2],
    );
  });

  it("ignores a stale entry once the file is renamed or removed", () => {
    const files: Record<string, FileRecord> = { "1": record(1, "a"), "2": record(2, "a") };
    filesNamed(files, 10000, "a");
    files["1"]!.fileName = "renamed";
    indexFileName(files, files["1"]!);
    delete files["2"];
    assert.deepEqual(filesNamed(files, 10000, "a"), []);
    assert.deepEqual(
      filesNamed(files, 10000, "renamed").map((f) => f.fileId),
      [1],
    );
  });
});
