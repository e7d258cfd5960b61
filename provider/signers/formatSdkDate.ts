/** Huawei `X-Sdk-Date`: UTC `YYYYMMDD"T"HHmmss"Z"` (spec/signing.md §4.1; seed 004's `HHMMMS` is a typo, §5 #9). */
export function formatSdkDate(epochMs: number): string {
  const iso = new Date(epochMs).toISOString(); // 2025-03-14T17:00:00.000Z
  return (
    iso.slice(0, 4) +
    iso.slice(5, 7) +
    iso.slice(8, 10) +
    "T" +
    iso.slice(11, 13) +
    iso.slice(14, 16) +
    iso.slice(17, 19) +
    "Z"
  );
}
