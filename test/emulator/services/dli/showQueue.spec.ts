import { strict as assert } from "node:assert";
import { assertDliError, DLI_TEST_NOW, DliEmulator } from "./dliEmulator";

describe("DLI showQueue", () => {
  const dli = DliEmulator.forEachTestOfSuite();

  it("showQueue: answers queueName, queueType and cuCount in camelCase (spec/dli.md §2.4)", async () => {
    await dli.queue("queue1", 16, "general");
    const body = await dli.ok("GET", "/queues/queue1");
    assert.equal(body["is_success"], true);
    assert.equal(body["queueName"], "queue1");
    assert.equal(body["queueType"], "general");
    assert.equal(body["cuCount"], 16);
    assert.equal(body["queue_name"], undefined);
    assert.equal(body["cu_count"], undefined);
  });

  it("showQueue: answers the snake_case detail fields of the seed's example", async () => {
    await dli.queue("queue1", 64);
    const body = await dli.ok("GET", "/queues/queue1");
    assert.equal(body["owner"], "test");
    assert.equal(body["create_time"], DLI_TEST_NOW);
    assert.equal(body["resource_mode"], 0);
    assert.equal(body["resource_type"], "vm");
    assert.equal(body["cu_spec"], 64);
    assert.equal(body["enterprise_project_id"], "0");
    assert.match(body["resource_id"], /^[0-9a-f-]{36}$/);
  });

  it("showQueue: finds the queue whatever the case of the name in the path", async () => {
    await dli.queue("queue1");
    assert.equal((await dli.ok("GET", "/queues/QUEUE1"))["queueName"], "queue1");
  });

  it("showQueue: answers 400 DLI.0002 There is no queue named … for a missing queue", async () => {
    const answer = await dli.call("GET", "/queues/testqueue");
    assertDliError(answer, 400, "DLI.0002");
    assert.equal(answer.body["error_msg"], "There is no queue named testqueue");
  });
});
