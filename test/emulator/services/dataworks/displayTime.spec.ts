import { strict as assert } from "node:assert";
import { displayTime } from "../../../../emulator/services/dataworks/displayTime";

describe("displayTime", () => {
  it("prints the tenant format of spec §1.6 in China time", () => {
    // 2021-03-17 08:09:32 UTC = 16:09:32 in UTC+8, the documented example.
    assert.equal(displayTime(Date.UTC(2021, 2, 17, 8, 9, 32)), "Mar 17, 2021 4:09:32 PM");
  });

  it("prints midnight as 12 AM and noon as 12 PM", () => {
    assert.equal(displayTime(Date.UTC(2019, 9, 9, 16, 0, 5)), "Oct 10, 2019 12:00:05 AM");
    assert.equal(displayTime(Date.UTC(2019, 9, 10, 4, 0, 0)), "Oct 10, 2019 12:00:00 PM");
  });
});
