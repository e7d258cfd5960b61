/**
 * Pages a list call to completion, for every service whose list is paged by page number and
 * reports a total (DataWorks `TotalCount`, spec/dataworks.md §4.7; CDM `total`, spec/cdm.md §4.6;
 * DLI `table_count`, spec/dli.md §5.3). Stops when `totalCount` items have been seen, when a page
 * comes back short, or when the caller has found what it was looking for.
 */

export interface Page<T> {
  readonly items: readonly T[];
  /** `Infinity` when the service did not say: then only a short page ends the list. */
  readonly totalCount: number;
}

export interface ReadAllPagesOptions<T> {
  readonly pageSize: number;
  /** Stop after the page on which an item satisfies this (used by exact-name lookups). */
  readonly stopWhen?: (item: T) => boolean;
}

export async function readAllPages<T>(
  fetchPage: (pageNumber: number, pageSize: number) => Promise<Page<T>>,
  options: ReadAllPagesOptions<T>,
): Promise<T[]> {
  const { pageSize, stopWhen } = options;
  const all: T[] = [];
  for (let pageNumber = 1; ; pageNumber += 1) {
    const page = await fetchPage(pageNumber, pageSize);
    all.push(...page.items);
    const found = stopWhen !== undefined && page.items.some(stopWhen);
    if (found || page.items.length < pageSize || all.length >= page.totalCount) return all;
  }
}
