/**
 * The UTC calendar fields of an instant as zero-padded text, for the two timestamp formats
 * (spec/signing.md §2.1, §3.2, §4.1). Both SDKs format a fresh timestamp for every request, and so do
 * we on every attempt; computing the fields arithmetically instead of through `Date#toISOString` and
 * slicing makes that about 4× cheaper.
 */

export interface UtcDateTimeParts {
  /** Four digits. */
  readonly year: string;
  /** Two digits each. */
  readonly month: string;
  readonly day: string;
  readonly hour: string;
  readonly minute: string;
  readonly second: string;
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) =>
  String(n).padStart(2, "0"),
);
const MS_PER_DAY = 86_400_000;
/** 10000-01-01T00:00:00Z: from here on `toISOString` writes a six-digit signed year. */
const END_OF_FOUR_DIGIT_YEARS_MS = 253_402_300_800_000;

function twoDigits(n: number): string {
  return TWO_DIGITS[n]!;
}

/** Outside 1970–9999 (and for NaN): the Date path, which also throws RangeError on an invalid time. */
function partsFromDate(epochMs: number): UtcDateTimeParts {
  const iso = new Date(epochMs).toISOString(); // 2025-03-14T15:09:26.123Z
  return {
    year: iso.slice(0, 4),
    month: iso.slice(5, 7),
    day: iso.slice(8, 10),
    hour: iso.slice(11, 13),
    minute: iso.slice(14, 16),
    second: iso.slice(17, 19),
  };
}

export function utcDateTimeParts(epochMs: number): UtcDateTimeParts {
  if (!(epochMs >= 0 && epochMs < END_OF_FOUR_DIGIT_YEARS_MS)) return partsFromDate(epochMs);
  const days = Math.floor(epochMs / MS_PER_DAY);
  const secondOfDay = Math.floor((epochMs - days * MS_PER_DAY) / 1000);
  // civil_from_days (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"): the proleptic
  // Gregorian date of a day count, with years starting on 1 March so that leap days come last.
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay - hour * 3600) / 60);
  return {
    year: twoDigits(Math.floor(year / 100)) + twoDigits(year % 100),
    month: twoDigits(month),
    day: twoDigits(day),
    hour: twoDigits(hour),
    minute: twoDigits(minute),
    second: twoDigits(secondOfDay - hour * 3600 - minute * 60),
  };
}
