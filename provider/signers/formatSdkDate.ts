/** Huawei `X-Sdk-Date`: UTC `YYYYMMDD"T"HHmmss"Z"` (spec/signing.md §4.1; seed 004's `HHMMMS` is a typo, §5 #9). */
import { utcDateTimeParts } from "./utcDateTimeParts";

export function formatSdkDate(epochMs: number): string {
  const t = utcDateTimeParts(epochMs);
  return t.year + t.month + t.day + "T" + t.hour + t.minute + t.second + "Z";
}
