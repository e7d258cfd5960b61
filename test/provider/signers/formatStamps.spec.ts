import assert from "node:assert/strict";
import { formatAlibabaTimestamp, formatSdkDate } from "../../../provider/signers";

/** What the formatters used to be: Date#toISOString sliced (the reference for the arithmetic path). */
function isoSeconds(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19) + "Z";
}

describe("formatAlibabaTimestamp", () => {
  it("writes UTC seconds with a literal Z and no milliseconds", () => {
    assert.equal(formatAlibabaTimestamp(Date.UTC(2025, 2, 14, 15, 9, 26, 789)), "2025-03-14T15:09:26Z");
  });

  it("agrees with Date#toISOString on every day of 1970–2100 and on sampled days up to 9999", () => {
    // The time of day steps by 1 h 1 min 1.001 s from one instant to the next so that every field value
    // occurs; days after 2100 are sampled every 97 days (to keep the test fast).
    const end = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
    const dense = Date.UTC(2101, 0, 1);
    for (let t = 0; t <= end; t += (t < dense ? 86_400_000 : 97 * 86_400_000) + 3_661_001) {
      if (formatAlibabaTimestamp(t) !== isoSeconds(t)) assert.equal(formatAlibabaTimestamp(t), isoSeconds(t));
    }
    assert.equal(formatAlibabaTimestamp(end), "9999-12-31T23:59:59Z");
  });

  it("handles leap days and the turn of a year", () => {
    assert.equal(formatAlibabaTimestamp(Date.UTC(2024, 1, 29, 23, 59, 59)), "2024-02-29T23:59:59Z");
    assert.equal(formatAlibabaTimestamp(Date.UTC(2000, 1, 29, 0, 0, 0)), "2000-02-29T00:00:00Z");
    assert.equal(formatAlibabaTimestamp(Date.UTC(2100, 2, 1, 0, 0, 0)), "2100-03-01T00:00:00Z");
    assert.equal(formatAlibabaTimestamp(Date.UTC(2025, 11, 31, 23, 59, 59, 999)), "2025-12-31T23:59:59Z");
  });

  it("formats instants before 1970 as Date#toISOString does", () => {
    const t = Date.UTC(1969, 11, 31, 23, 59, 59, 500);
    assert.equal(formatAlibabaTimestamp(t), "1969-12-31T23:59:59Z");
  });

  it("throws a RangeError for an invalid time instead of signing garbage", () => {
    assert.throws(() => formatAlibabaTimestamp(Number.NaN), RangeError);
  });
});

describe("formatSdkDate", () => {
  it("writes the basic format YYYYMMDDTHHmmssZ in UTC", () => {
    assert.equal(formatSdkDate(Date.UTC(2025, 2, 14, 17, 0, 5, 999)), "20250314T170005Z");
  });

  it("carries the same fields as the Alibaba timestamp of the same instant", () => {
    for (const t of [0, Date.UTC(2024, 1, 29, 8, 7, 6), Date.UTC(2399, 11, 31, 23, 59, 59)]) {
      assert.equal(formatSdkDate(t), formatAlibabaTimestamp(t).replace(/[-:]/g, ""));
    }
  });
});
