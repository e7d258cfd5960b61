import { strict as assert } from "node:assert";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator } from "../../../emulator";
import { PersistedStateSchema, StateFileError, writeFileAtomic } from "../../../emulator/server/stateFile";
import { FAKE_SERVICES, type FakeDataWorksState } from "../helpers/fakeServices";
import { callAlibaba } from "../helpers/clients";

describe("emulator persistence", () => {
  let dir: string;
  let stateFile: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "emulator-state-"));
    stateFile = join(dir, "state.json");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reloads the objects created before a stop", async () => {
    // A long debounce: only close() can have written the file.
    const first = await startEmulator({ services: FAKE_SERVICES, stateFile, persistDebounceMs: 60_000 });
    await callAlibaba(first, "CreateFile", { FileName: "survivor" });
    await first.close();

    const second = await startEmulator({ services: FAKE_SERVICES, stateFile, throttle: false });
    try {
      const answer = await callAlibaba(second, "GetFile", { FileId: "1" });
      assert.deepEqual(answer.body["Data"], { name: "survivor", content: "" });
    } finally {
      await second.close();
    }
  });

  it("writes the state file soon after a mutation, without a stop", async () => {
    const emulator = await startEmulator({ services: FAKE_SERVICES, stateFile, persistDebounceMs: 0 });
    try {
      await callAlibaba(emulator, "CreateFile", { FileName: "early" });
      await emulator.flush();
      const saved = PersistedStateSchema.parse(JSON.parse(readFileSync(stateFile, "utf8")));
      assert.equal((saved.services["dataworks"] as FakeDataWorksState).files["1"]?.name, "early");
    } finally {
      await emulator.close();
    }
  });

  it("keeps the advanced clock across a restart", async () => {
    const first = await startEmulator({ services: FAKE_SERVICES, stateFile });
    const reached = first.advanceClock(48 * 3_600_000);
    await first.close();
    const second = await startEmulator({ services: FAKE_SERVICES, stateFile });
    try {
      assert.ok(second.now() >= reached, `${second.now()} < ${reached}`);
      assert.ok(second.now() < reached + 60_000);
    } finally {
      await second.close();
    }
  });

  it("refuses to start on a damaged state file instead of overwriting it", async () => {
    writeFileSync(stateFile, '{"format":"dataplatform-emulator-state","vers');
    await assert.rejects(startEmulator({ services: FAKE_SERVICES, stateFile }), StateFileError);
    assert.equal(readFileSync(stateFile, "utf8"), '{"format":"dataplatform-emulator-state","vers');
  });

  it("writeFileAtomic replaces the file and leaves no temporary file behind", async () => {
    writeFileSync(stateFile, "old");
    await writeFileAtomic(stateFile, "new");
    assert.equal(readFileSync(stateFile, "utf8"), "new");
    assert.deepEqual(readdirSync(dir), ["state.json"]);
  });
});
