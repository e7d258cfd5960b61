import assert from "node:assert/strict";
import { PollFailedError, PollTimeoutError } from "../../../provider/errors";
import { poll, type PollObservation } from "../../../provider/polling/poll";
import { FakeClock } from "../../helpers/fakeClock";

function scripted(states: Array<PollObservation<string>>): () => Promise<PollObservation<string>> {
  let i = 0;
  return async () => states[Math.min(i++, states.length - 1)]!;
}

const pending = { state: "creating", done: false };

describe("poll", () => {
  it("returns the value as soon as the state is final, checking at once first", async () => {
    const clock = new FakeClock();
    const value = await poll({
      what: "cluster c-1",
      check: scripted([{ state: "normal", done: true, value: "c-1" }]),
      clock,
      minIntervalMs: 1_000,
      maxIntervalMs: 8_000,
      factor: 2,
      deadlineMs: 60_000,
    });
    assert.equal(value, "c-1");
    assert.deepEqual(clock.sleeps, []);
  });

  it("grows the interval by the factor up to its cap", async () => {
    const clock = new FakeClock();
    await poll({
      what: "cluster c-1",
      check: scripted([pending, pending, pending, pending, pending, pending, { state: "normal", done: true }]),
      clock,
      minIntervalMs: 1_000,
      maxIntervalMs: 8_000,
      factor: 2,
      deadlineMs: 600_000,
    });
    assert.deepEqual(clock.sleeps, [1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  it("stops at once on a terminal failure with PollFailedError", async () => {
    const clock = new FakeClock();
    let checks = 0;
    await assert.rejects(
      poll({
        what: "deployment 3000001",
        check: async () => {
          checks += 1;
          return checks < 2 ? pending : { state: "Status=2", done: true, failed: true, reason: "check failed" };
        },
        clock,
        minIntervalMs: 2_000,
        maxIntervalMs: 5_000,
        factor: 1.5,
        deadlineMs: 600_000,
      }),
      (error: unknown) => {
        assert.ok(error instanceof PollFailedError);
        assert.equal(error.state, "Status=2");
        assert.equal(error.reason, "check failed");
        assert.equal(error.elapsedMs, 2_000);
        return true;
      },
    );
    assert.equal(checks, 2);
  });

  it("times out at the deadline carrying the last observed state", async () => {
    const clock = new FakeClock();
    let n = 0;
    await assert.rejects(
      poll({
        what: "queue q1 to scale",
        check: async () => ({ state: `scaling ${++n}`, done: false }),
        clock,
        minIntervalMs: 4_000,
        maxIntervalMs: 4_000,
        factor: 1,
        deadlineMs: 10_000,
      }),
      (error: unknown) => {
        assert.ok(error instanceof PollTimeoutError);
        assert.equal(error.lastState, "scaling 4");
        assert.equal(error.elapsedMs, 10_000);
        assert.match(error.message, /queue q1 to scale; last observed state: scaling 4/);
        return true;
      },
    );
    // The last wait is shortened so the final check happens exactly at the deadline.
    assert.deepEqual(clock.sleeps, [4_000, 4_000, 2_000]);
  });

  it("reports every observation with the elapsed time", async () => {
    const clock = new FakeClock();
    const seen: Array<[string, number]> = [];
    await poll({
      what: "cluster",
      check: scripted([pending, { state: "normal", done: true }]),
      clock,
      minIntervalMs: 3_000,
      maxIntervalMs: 3_000,
      factor: 1,
      deadlineMs: 60_000,
      onProgress: (state, elapsedMs) => seen.push([state, elapsedMs]),
    });
    assert.deepEqual(seen, [
      ["creating", 0],
      ["normal", 3_000],
    ]);
  });

  it("passes on an error thrown by the check", async () => {
    await assert.rejects(
      poll({
        what: "x",
        check: async () => {
          throw new Error("boom");
        },
        clock: new FakeClock(),
        minIntervalMs: 1,
        maxIntervalMs: 1,
        factor: 1,
        deadlineMs: 1,
      }),
      { message: "boom" },
    );
  });

  it("rejects inconsistent intervals", async () => {
    await assert.rejects(
      poll({ what: "x", check: scripted([pending]), clock: new FakeClock(), minIntervalMs: 5, maxIntervalMs: 1, factor: 2, deadlineMs: 10 }),
      RangeError,
    );
  });
});
