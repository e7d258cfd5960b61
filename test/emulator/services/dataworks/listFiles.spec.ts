import { strict as assert } from "node:assert";
import { DataWorksHarness, STANDARD } from "./dataWorksHarness";

describe("DataWorks emulator: ListFiles and ListFileVersions paging and filters", () => {
  let dw: DataWorksHarness;
  const P = { ProjectId: STANDARD };
  before(async () => {
    dw = await DataWorksHarness.start();
    await dw.business("paging");
    for (let i = 0; i < 23; i++) {
      await dw.file(`ods_table_${String(i).padStart(2, "0")}`, {
        flow: "paging",
        extra:
          i % 2 === 0
            ? {}
            : { FileType: 6, FileFolderPath: "业务流程/paging/MaxCompute/shell", Owner: "42" },
      });
    }
  });
  after(() => dw.close());

  it("ListFiles: pages with a default PageSize of 10, in FileId order", async () => {
    const data = (await dw.ok("ListFiles", P))["Data"];
    assert.deepEqual(
      [data.PageNumber, data.PageSize, data.TotalCount, data.Files.length],
      [1, 10, 23, 10],
    );
    const ids = data.Files.map((f: any) => f.FileId as number);
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => a - b),
    );
    const last = (await dw.ok("ListFiles", { ...P, PageNumber: 3 }))["Data"];
    assert.equal(last.Files.length, 3);
  });

  it("ListFiles: accepts PageSize 100", async () => {
    const data = (await dw.ok("ListFiles", { ...P, PageSize: 100 }))["Data"];
    assert.equal(data.Files.length, 23);
  });

  it("ListFiles: answers an empty page past the end", async () => {
    const data = (await dw.ok("ListFiles", { ...P, PageNumber: 9 }))["Data"];
    assert.deepEqual([data.TotalCount, data.Files], [23, []]);
  });

  it("ListFiles: matches Keyword fuzzily (case-insensitive contains)", async () => {
    const data = (await dw.ok("ListFiles", { ...P, Keyword: "TABLE_1", PageSize: 100 }))["Data"];
    assert.deepEqual(
      data.Files.map((f: any) => f.FileName),
      [
        "ods_table_10",
        "ods_table_11",
        "ods_table_12",
        "ods_table_13",
        "ods_table_14",
        "ods_table_15",
        "ods_table_16",
        "ods_table_17",
        "ods_table_18",
        "ods_table_19",
      ],
    );
  });

  it("ListFiles: filters by folder, FileTypes and Owner", async () => {
    const shell = (
      await dw.ok("ListFiles", {
        ...P,
        FileFolderPath: "业务流程/paging/MaxCompute/shell",
        PageSize: 100,
      })
    )["Data"];
    assert.equal(shell.TotalCount, 11);
    assert.equal((await dw.ok("ListFiles", { ...P, FileTypes: "6" }))["Data"].TotalCount, 11);
    assert.equal((await dw.ok("ListFiles", { ...P, FileTypes: "10,6" }))["Data"].TotalCount, 23);
    assert.equal((await dw.ok("ListFiles", { ...P, Owner: "42" }))["Data"].TotalCount, 11);
  });

  it("ListFiles: items carry FileId and no DeletedStatus (§3.1.5)", async () => {
    const item = (await dw.ok("ListFiles", { ...P, PageSize: 1 }))["Data"].Files[0];
    assert.equal(typeof item.FileId, "number");
    assert.equal("DeletedStatus" in item, false);
    assert.equal(typeof item.LastEditUser, "string");
  });

  it("ListFileVersions: pages a file's versions, newest first", async () => {
    const fileId = await dw.file("versioned", { flow: "paging" });
    for (let i = 0; i < 12; i++) {
      await dw.ok("UpdateFile", {
        ...P,
        FileId: fileId,
        AutoRerunTimes: 3,
        Content: `SELECT ${i};`,
      });
      await dw.ok("SubmitFile", { ...P, FileId: fileId });
    }
    const first = (await dw.ok("ListFileVersions", { ...P, FileId: fileId }))["Data"];
    assert.deepEqual(
      [
        first.TotalCount,
        first.PageSize,
        first.FileVersions.length,
        first.FileVersions[0].FileVersion,
      ],
      [12, 10, 10, 12],
    );
    const second = (await dw.ok("ListFileVersions", { ...P, FileId: fileId, PageNumber: 2 }))[
      "Data"
    ];
    assert.deepEqual(
      second.FileVersions.map((v: any) => v.FileVersion),
      [2, 1],
    );
    assert.equal(dw.state().files[String(fileId)]!.versions.length, 12);
  });
});
