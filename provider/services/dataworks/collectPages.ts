/**
 * Pages a DataWorks list call to completion (spec/dataworks.md §4.7) with the largest page size
 * every list API allows; the loop itself is the shared readAllPages.
 */
import { readAllPages, type Page } from "../readAllPages";

/** Every paged DataWorks list API documents a maximum `PageSize` of 100 (§4.7). */
export const MAX_PAGE_SIZE = 100;

export interface CollectPagesOptions<T> {
  /** Stop after the page on which an item satisfies this (used by exact-name lookups). */
  readonly stopWhen?: (item: T) => boolean;
  readonly pageSize?: number;
}

export function collectPages<T>(
  fetchPage: (pageNumber: number, pageSize: number) => Promise<Page<T>>,
  options: CollectPagesOptions<T> = {},
): Promise<T[]> {
  return readAllPages(fetchPage, { pageSize: options.pageSize ?? MAX_PAGE_SIZE, stopWhen: options.stopWhen });
}
