import { strict as assert } from "node:assert";
import { EmulatorClock } from "../../emulator/clock";
import { startEmulator } from "../../emulator";
import { FAKE_SERVICES } from "./helpers/fakeServices";
import { FrozenRuntime } from "./helpers/frozenRuntime";
import { control } from "./helpers/clients";

describe("EmulatorClock", () => {
  const T0 = Date.UTC(2025, 2, 14, 7, 0, 0);

  it("follows real time at time scale 1", () => {
    let real = T0;
    const clock = new EmulatorClock(() => real, 1);
    real += 5_000;
    assert.equal(clock.now(), T0 + 5_000);
  });

  it("runs timeScale times faster than real time (`--time-scale`)", () => {
    let real = T0;
    const clock = new EmulatorClock(() => real, 60);
    real += 1_000;
    assert.equal(clock.now(), T0 + 60_000);
  });

  it("adds advances on top of the scaled time", () => {
    let real = T0;
    const clock = new EmulatorClock(() => real, 10);
    clock.advance(3_600_000);
    real += 100;
    assert.equal(clock.now(), T0 + 3_600_000 + 1_000);
  });

  it("persists the distance to real time, so a restart continues from the instant reached", () => {
    let real = T0;
    const first = new EmulatorClock(() => real, 1);
    first.advance(90_000);
    const offset = first.persistedOffset();
    real += 10_000; // the emulator was down for ten seconds
    const second = new EmulatorClock(() => real, 1, offset);
    assert.equal(second.now(), T0 + 10_000 + 90_000);
  });

  it("returns to real time on resetOffset", () => {
    const clock = new EmulatorClock(() => T0, 1);
    clock.advance(1_000);
    clock.resetOffset();
    assert.equal(clock.now(), T0);
  });

  it("drives startEmulator's time: the control API reports the scale and the scaled time", async () => {
    const runtime = new FrozenRuntime(T0);
    const emulator = await startEmulator({ services: FAKE_SERVICES, runtime, timeScale: 120, throttle: false });
    try {
      runtime.tick(500);
      const clock = (await control(emulator, "GET", "/clock")).body;
      assert.deepEqual([clock["timeScale"], clock["now"]], [120, T0 + 60_000]);
    } finally {
      await emulator.close();
    }
  });
});
