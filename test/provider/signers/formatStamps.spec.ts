import assert from "node:assert/strict";
import { formatAlibabaTimestamp, formatSdkDate } from "../../../provider/signers";

describe("formatAlibabaTimestamp", () => {
  it("writes UTC seconds with a literal Z and no milliseconds", () => {
    assert.equal(formatAlibabaTimestamp(Date.UTC(2025, 2, 14, 15, 9, 26, 789)), "2025-03-14T15:09:26Z");
  });
});

describe("formatSdkDate", () => {
  it("writes the basic format YYYYMMDDTHHmmssZ in UTC", () => {
    assert.equal(formatSdkDate(Date.UTC(2025, 2, 14, 17, 0, 5, 999)), "20250314T170005Z");
  });
});
