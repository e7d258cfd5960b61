import assert from "node:assert/strict";
import {
  DLI_QUEUE_PAGE_SIZE,
  ListQueuesResponseSchema,
  QueueActionResponseSchema,
  ShowQueueResponseSchema,
  createQueue,
  deleteQueue,
  findQueueByName,
  listQueues,
  queueAction,
  showQueue,
} from "../../../../provider/services/dli";
import { CloudError } from "../../../../provider/errors";
import { FakeSender, requestOf } from "../cdm/fakeSender";
import { decodeMessage } from "./decodeMessage";

/** spec/dli.md §2.3 response example, as printed (string booleans, labels as one string, "spark"). */
const LIST_EXAMPLE_QUEUE = {
  queue_name: "test",
  owner: "testuser",
  description: "",
  create_time: 1562221422671,
  queue_type: "spark",
  cu_count: 16,
  resource_id: "26afb850-d3c9-42c1-81c0-583d1163e80f",
  cidr_in_vpc: "10.0.0.0/8",
  cidr_in_subnet: "10.0.0.0/24",
  cidr_in_mgntsubnet: "10.23.128.0/24",
  resource_mode: 1,
  platform: "x86_64",
  is_restarting: "false",
  labels: "multi_az=2",
  resource_type: "vm",
  cu_spec: 16,
};

function queueRow(name: string): Record<string, unknown> {
  return { queue_name: name, cu_count: 16, queue_type: "sql" };
}

function page(names: readonly string[]): unknown {
  return { is_success: true, message: "", queues: names.map(queueRow) };
}

function names(count: number, prefix: string): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`);
}

describe("dli queue operations", () => {
  it("createQueue posts the body and returns the stored lower-case name", async () => {
    const sender = FakeSender.answering({ is_success: true, message: "", queue_name: "q1" });
    const result = await createQueue(sender, { queueName: "Q1", cuCount: 16 });
    assert.deepEqual(result, { queueName: "q1" });
    const request = requestOf(sender.sent);
    assert.equal(request.method, "POST");
    assert.equal(request.path, "/v1.0/{project_id}/queues");
    assert.equal(request.idempotent, false);
  });

  it("createQueue refuses an invalid name before sending anything", async () => {
    const sender = FakeSender.answering();
    await assert.rejects(createQueue(sender, { queueName: "_bad", cuCount: 16 }), (error: unknown) => {
      assert.ok(error instanceof CloudError);
      assert.equal(error.category, "invalid");
      return true;
    });
    assert.equal(sender.operations.length, 0);
  });

  it("deleteQueue sends an idempotent DELETE to the queue's path", async () => {
    const sender = FakeSender.answering({ is_success: true, message: "" });
    await deleteQueue(sender, "q1");
    assert.deepEqual(requestOf(sender.sent), {
      service: "dli",
      action: "deleteQueue",
      method: "DELETE",
      path: "/v1.0/{project_id}/queues/q1",
      idempotent: true,
    });
  });

  it("showQueue reads the camelCase show answer of spec/dli.md §2.4", async () => {
    const sender = FakeSender.answering({
      is_success: true,
      message: "",
      owner: "testuser",
      description: "",
      queueName: "test",
      create_time: 1587613028851,
      queueType: "general",
      cuCount: 16,
      resource_id: "03d51b88-db63-4611-b779-9a72ba0cf58b",
      resource_mode: 0,
      resource_type: "vm",
      cu_spec: 16,
    });
    const queue = await showQueue(sender, "test");
    assert.equal(queue.name, "test");
    assert.equal(queue.queueType, "general");
    assert.equal(queue.cuCount, 16);
    assert.equal(queue.resourceMode, 0);
  });

  it("showQueue reads the snake_case quick-start variant the same way", () => {
    const queue = ShowQueueResponseSchema.parse({
      is_success: true,
      message: "",
      owner: "testuser",
      queue_name: "queue1",
      create_time: 1587613028851,
      queue_type: "sql",
      cu_count: 16,
      resource_mode: 0,
    });
    assert.equal(queue.name, "queue1");
    assert.equal(queue.queueType, "sql");
    assert.equal(queue.cuCount, 16);
  });

  it("the show schema rejects an answer without a name with a decoding error naming the action", () => {
    const message = decodeMessage("showQueue", ShowQueueResponseSchema, { is_success: true, cuCount: 16 });
    assert.ok(message?.startsWith("DecodeError"), message);
    assert.match(message ?? "", /showQueue/);
  });

  it("the show schema rejects an undocumented queue type", () => {
    const body = { is_success: true, queueName: "q", cuCount: 16, queueType: "batch" };
    assert.match(decodeMessage("showQueue", ShowQueueResponseSchema, body) ?? "", /queueType/);
  });

  it("the list schema accepts the §2.3 example: string booleans, labels as one string, spark", () => {
    const body = { is_success: "true", message: "", queues: [LIST_EXAMPLE_QUEUE] };
    const [queue] = ListQueuesResponseSchema.parse(body);
    assert.ok(queue);
    assert.equal(queue.isRestarting, false);
    assert.deepEqual(queue.labels, ["multi_az=2"]);
    assert.equal(queue.queueType, "spark");
    assert.equal(queue.cidrInMgntSubnet, "10.23.128.0/24");
  });

  it("the list schema rejects is_restarting spelled other than true/false", () => {
    const body = { is_success: true, queues: [{ ...LIST_EXAMPLE_QUEUE, is_restarting: "no" }] };
    assert.match(decodeMessage("listQueues", ListQueuesResponseSchema, body) ?? "", /queues\.0\.is_restarting/);
  });

  it("the list schema rejects a body without a queues array", () => {
    assert.match(decodeMessage("listQueues", ListQueuesResponseSchema, { is_success: true }) ?? "", /queues/);
  });

  it("listQueues fetches every page until one comes back short", async () => {
    const sender = FakeSender.answering(
      page(names(DLI_QUEUE_PAGE_SIZE, "a")),
      page(names(DLI_QUEUE_PAGE_SIZE, "b")),
      page(["c0", "c1"]),
    );
    const queues = await listQueues(sender);
    assert.equal(queues.length, 2 * DLI_QUEUE_PAGE_SIZE + 2);
    assert.deepEqual(
      sender.operations.map((op) => op.query?.["current-page"]),
      [1, 2, 3],
    );
    for (const op of sender.operations) {
      assert.equal(op.query?.["page-size"], DLI_QUEUE_PAGE_SIZE);
      assert.equal(op.query?.queue_type, "all");
    }
  });

  it("listQueues stops when a full page brings no new queue (a service that ignores paging)", async () => {
    const full = page(names(DLI_QUEUE_PAGE_SIZE, "a"));
    const sender = FakeSender.answering(full, full);
    const queues = await listQueues(sender);
    assert.equal(queues.length, DLI_QUEUE_PAGE_SIZE);
    assert.equal(sender.operations.length, 2);
  });

  it("findQueueByName matches the whole name, case-insensitively, among similar names", async () => {
    const sender = FakeSender.answering(page(["etl", "etl_2", "my_etl"]));
    const queue = await findQueueByName(sender, "ETL");
    assert.equal(queue?.name, "etl");
  });

  it("findQueueByName returns undefined when only similar names exist", async () => {
    const sender = FakeSender.answering(page(["etl_2", "my_etl"]));
    assert.equal(await findQueueByName(sender, "etl"), undefined);
  });

  it("queueAction sends a scale-out delta as cu_count and is not retried blindly", async () => {
    const sender = FakeSender.answering({ queue_name: "q1", result: true });
    const result = await queueAction(sender, "q1", { action: "scale_out", cuCount: 16 });
    assert.deepEqual(result, { queueName: "q1", result: true });
    assert.deepEqual(requestOf(sender.sent), {
      service: "dli",
      action: "queueAction",
      method: "PUT",
      path: "/v1.0/{project_id}/queues/q1/action",
      idempotent: false,
      body: { action: "scale_out", cu_count: 16 },
    });
  });

  it("queueAction returns the job id of a forced restart", async () => {
    const sender = FakeSender.answering({ is_success: true, message: "", job_id: "job-1" });
    const result = await queueAction(sender, "q1", { action: "restart", force: true });
    assert.equal(result.jobId, "job-1");
    assert.deepEqual(sender.sent.body, { action: "restart", force: true });
  });

  it("queueAction raises a conflict when a scale answer says result false", async () => {
    const sender = FakeSender.answering({ queue_name: "q1", result: "false" });
    await assert.rejects(queueAction(sender, "q1", { action: "scale_in", cuCount: 16 }), (error: unknown) => {
      assert.ok(error instanceof CloudError);
      assert.equal(error.category, "conflict");
      return true;
    });
  });

  it("queueAction refuses a CU delta that is not a multiple of 16", async () => {
    const sender = FakeSender.answering();
    await assert.rejects(queueAction(sender, "q1", { action: "scale_out", cuCount: 10 }), /multiple of 16/);
    assert.equal(sender.operations.length, 0);
  });

  it("the action schema rejects a result that is neither a boolean nor true/false", () => {
    assert.match(
      decodeMessage("queueAction", QueueActionResponseSchema, { queue_name: "q1", result: 1 }) ?? "",
      /result/,
    );
  });
});
