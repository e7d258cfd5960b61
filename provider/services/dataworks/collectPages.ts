/**
 * Pages a DataWorks list call to completion (spec/dataworks.md §4.7): the largest page size every
 * list API allows (100), and stop when `TotalCount` items have been seen, when a page comes back
 * short, or when the caller has found what it was looking for.
 */

/** Every paged DataWorks list API documents a maximum `PageSize` of 100 (§4.7). */
export const MAX_PAGE_SIZE = 100;

export interface Page<T> {
  readonly items: readonly T[];
  readonly totalCount: number;
}

export interface CollectPagesOptions<T> {
  /** Stop after the page on which an item satisfies this (used by exact-name lookups). */
  readonly stopWhen?: (item: T) => boolean;
  readonly pageSize?: number;
}

export async function collectPages<T>(
  fetchPage: (pageNumber: number, pageSize: number) => Promise<Page<T>>,
  options: CollectPagesOptions<T> = {},
): Promise<T[]> {
  const pageSize = options.pageSize ?? MAX_PAGE_SIZE;
  const all: T[] = [];
  for (let pageNumber = 1; ; pageNumber += 1) {
    const page = await fetchPage(pageNumber, pageSize);
    all.push(...page.items);
    const found = options.stopWhen !== undefined && page.items.some(options.stopWhen);
    if (found || page.items.length < pageSize || all.length >= page.totalCount) return all;
  }
}
