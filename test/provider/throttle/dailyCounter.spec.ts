import assert from "node:assert/strict";
import { DailyCounter } from "../../../provider/throttle/dailyCounter";

describe("DailyCounter", () => {
  it("refuses calls beyond the cap on the same day", () => {
    const counter = new DailyCounter();
    const noon = Date.UTC(2025, 2, 14, 4, 0, 0); // 12:00 in UTC+8
    assert.equal(counter.tryTake(noon, 2), true);
    assert.equal(counter.tryTake(noon, 2), true);
    assert.equal(counter.tryTake(noon, 2), false);
  });

  it("starts a new day at midnight China Standard Time (16:00 UTC)", () => {
    const counter = new DailyCounter();
    const before = Date.UTC(2025, 2, 14, 15, 59, 59);
    counter.tryTake(before, 1);
    assert.equal(counter.tryTake(before, 1), false);
    assert.equal(counter.tryTake(Date.UTC(2025, 2, 14, 16, 0, 0), 1), true);
  });
});
