import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./constants";
import { parseParams } from "./params";

/**
 * `PageNumber`/`PageSize` (spec §4.7): default 10, maximum 100, page numbers from 1; out-of-range
 * values are `Invalid.Param` (§4.7 emulator convention). Some APIs mark both as required.
 */
export interface Paging {
  readonly pageNumber: number;
  readonly pageSize: number;
}

export function parsePaging(
  params: Readonly<Record<string, string>>,
  required: boolean,
  defaultPageSize = DEFAULT_PAGE_SIZE,
): Paging {
  const p = parseParams(params, {
    PageNumber: { type: "integer", required, min: 1 },
    PageSize: { type: "integer", required, min: 1, max: MAX_PAGE_SIZE },
  });
  return { pageNumber: p.PageNumber ?? 1, pageSize: p.PageSize ?? defaultPageSize };
}

export function pageOf<T>(items: readonly T[], paging: Paging): T[] {
  const start = (paging.pageNumber - 1) * paging.pageSize;
  return items.slice(start, start + paging.pageSize);
}

/** Case-insensitive "contains", the fuzzy `Keyword` match of ListFiles, ListBusiness, … (spec §4.7). */
export function fuzzyMatch(text: string, keyword: string | undefined): boolean {
  return (
    keyword === undefined || keyword === "" || text.toLowerCase().includes(keyword.toLowerCase())
  );
}
