import { strict as assert } from "node:assert";
import { assertDliError, DliEmulator } from "./dliEmulator";

describe("DLI updateDatabaseOwner", () => {
  const dli = DliEmulator.forEachTestOfSuite();
  beforeEach(async () => {
    await dli.database("db1");
  });

  const setOwner = (body: unknown, database = "db1") =>
    dli.call("PUT", `/databases/${database}/owner`, { body });

  it("updateDatabaseOwner: changes the owner shown by the list", async () => {
    const answer = await setOwner({ new_owner: "scuser1" });
    assert.deepEqual(answer.body, { is_success: true, message: "" });
    const [database] = (await dli.ok("GET", "/databases"))["databases"];
    assert.equal(database["owner"], "scuser1");
  });

  it("updateDatabaseOwner: rejects an empty new_owner with 400 DLI.0001", async () => {
    assertDliError(await setOwner({ new_owner: "" }), 400, "DLI.0001");
  });

  it("updateDatabaseOwner: answers 400 DLI.0002 for a missing database", async () => {
    const answer = await setOwner({ new_owner: "scuser1" }, "nope");
    assertDliError(answer, 400, "DLI.0002");
    assert.equal(answer.body["error_msg"], "There is no database named nope");
  });

  describe("with a configured user list", () => {
    let strict: DliEmulator;
    before(async () => {
      strict = await DliEmulator.start({ dliUsers: ["scuser1"] });
    });
    after(() => strict.close());

    it("updateDatabaseOwner: rejects a user outside dliUsers with 400 DLI.0002 No such user", async () => {
      await strict.database("db1");
      const answer = await strict.call("PUT", "/databases/db1/owner", {
        body: { new_owner: "ssssss" },
      });
      assertDliError(answer, 400, "DLI.0002");
      assert.equal(answer.body["error_msg"], "No such user. userName:ssssss.");
    });
  });
});
