import assert from "node:assert/strict";
import { readAllPages } from "../../../provider/services/readAllPages";

describe("readAllPages", () => {
  it("reads on until a short page when the service reports no total", async () => {
    const requested: number[] = [];
    const items = await readAllPages(
      async (pageNumber) => {
        requested.push(pageNumber);
        return { items: pageNumber < 3 ? [pageNumber, pageNumber] : [pageNumber], totalCount: Infinity };
      },
      { pageSize: 2 },
    );
    assert.deepEqual(requested, [1, 2, 3]);
    assert.deepEqual(items, [1, 1, 2, 2, 3]);
  });

  it("stops at the reported total even when the last page is full", async () => {
    const requested: number[] = [];
    await readAllPages(
      async (pageNumber) => {
        requested.push(pageNumber);
        return { items: [pageNumber, pageNumber], totalCount: 4 };
      },
      { pageSize: 2 },
    );
    assert.deepEqual(requested, [1, 2]);
  });
});
