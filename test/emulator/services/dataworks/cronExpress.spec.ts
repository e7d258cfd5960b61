import { strict as assert } from "node:assert";
import { cycleTypeOf } from "../../../../emulator/services/dataworks/cronExpress";
import { EmulatorError } from "../../../../emulator/types";

/** The documented cron examples of spec/dataworks.md §2.4 and the rules that reject the rest. */
describe("cycleTypeOf", () => {
  const documented: [string, "DAY" | "NOT_DAY"][] = [
    ["00 30 05 * * ?", "DAY"],
    ["00 15 * * * ?", "NOT_DAY"],
    ["00 00/10 * * * ?", "NOT_DAY"],
    ["00 00-59/10 8-23 * * * ?", "NOT_DAY"],
    ["00 20 00 1 * ?", "DAY"],
    ["00 10 00 1 1-12/3 ?", "DAY"],
    ["00 05 00 * * 2,5", "DAY"],
    ["00 00-59/5 1-23 * * ?", "NOT_DAY"],
  ];
  for (const [expression, cycle] of documented) {
    it(`accepts the documented ${JSON.stringify(expression)} as ${cycle}`, () => {
      assert.equal(cycleTypeOf(expression), cycle);
    });
  }

  const rejected: [string, string][] = [
    ["runs every minute", "00 * * * * ?"],
    ["runs twice within 5 minutes", "00 00,03 10 * * ?"],
    ["runs once a day before 00:05", "00 04 00 * * ?"],
    ["has five fields", "00 05 00 * *"],
    ["has an hour out of range", "00 05 24 * * ?"],
    ["runs every second", "* 05 00 * * ?"],
  ];
  for (const [when, expression] of rejected) {
    it(`rejects an expression that ${when} with Invalid.Param`, () => {
      assert.throws(
        () => cycleTypeOf(expression),
        (err: unknown) => err instanceof EmulatorError && err.code === "Invalid.Param",
      );
    });
  }
});
