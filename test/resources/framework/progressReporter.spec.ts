import { strict as assert } from "node:assert";
import { progressReporter } from "../../../resources/framework/progressReporter";

describe("progressReporter", () => {
  const collect = () => {
    const lines: string[] = [];
    const report = progressReporter({ info: (m) => lines.push(m), warn: (m) => lines.push(m) }, "file 7");
    return { lines, report };
  };

  it("logs the first observation and every change of state", () => {
    const { lines, report } = collect();
    report("SUBMITTING", 0);
    report("SUBMITTING", 5_000);
    report("DEPLOYING", 10_000);
    assert.deepEqual(lines, ["file 7: SUBMITTING (0 s elapsed)", "file 7: DEPLOYING (10 s elapsed)"]);
  });

  it("repeats an unchanged state before 30 seconds pass without a line", () => {
    const { lines, report } = collect();
    for (let ms = 0; ms <= 120_000; ms += 5_000) report("RUNNING", ms);
    const seconds = lines.map((l) => Number(/\((\d+) s/.exec(l)![1]));
    assert.deepEqual(seconds, [0, 25, 50, 75, 100]);
  });
});
