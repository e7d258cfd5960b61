import { strict as assert } from "node:assert";
import { MAX_PAGE_SIZE, collectPages } from "../../../../provider/services/dataworks/collectPages";

/** A scripted page source: records the requested page numbers and sizes. */
function pages(script: Array<{ items: number[]; totalCount: number }>) {
  const requested: Array<[number, number]> = [];
  const fetch = async (pageNumber: number, pageSize: number) => {
    requested.push([pageNumber, pageSize]);
    const page = script[pageNumber - 1];
    assert.ok(page, `page ${pageNumber} was not expected`);
    return page;
  };
  return { fetch, requested };
}
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe("collectPages", () => {
  it("asks for the documented maximum page size of 100 (§4.7)", async () => {
    const source = pages([{ items: [1], totalCount: 1 }]);
    await collectPages(source.fetch);
    assert.deepEqual(source.requested, [[1, MAX_PAGE_SIZE]]);
    assert.equal(MAX_PAGE_SIZE, 100);
  });

  it("reads pages in order until TotalCount items are collected", async () => {
    const source = pages([
      { items: range(1, 2), totalCount: 6 },
      { items: range(3, 2), totalCount: 6 },
      { items: range(5, 2), totalCount: 6 },
    ]);
    assert.deepEqual(await collectPages(source.fetch, { pageSize: 2 }), range(1, 6));
    assert.deepEqual(source.requested.map(([n]) => n), [1, 2, 3]);
  });

  it("stops on a short page even when TotalCount claims more", async () => {
    const source = pages([
      { items: range(1, 2), totalCount: 50 },
      { items: [3], totalCount: 50 },
    ]);
    assert.deepEqual(await collectPages(source.fetch, { pageSize: 2 }), [1, 2, 3]);
  });

  it("stops on an empty page", async () => {
    const source = pages([{ items: [], totalCount: 10 }]);
    assert.deepEqual(await collectPages(source.fetch, { pageSize: 2 }), []);
  });

  it("stops after the page on which stopWhen matches", async () => {
    const source = pages([
      { items: [1, 2], totalCount: 6 },
      { items: [3, 4], totalCount: 6 },
      { items: [5, 6], totalCount: 6 },
    ]);
    const collected = await collectPages(source.fetch, { pageSize: 2, stopWhen: (n) => n === 3 });
    assert.deepEqual(collected, [1, 2, 3, 4]);
  });

  it("passes a failing page on", async () => {
    await assert.rejects(
      collectPages(async () => {
        throw new Error("boom");
      }),
      /boom/,
    );
  });
});
