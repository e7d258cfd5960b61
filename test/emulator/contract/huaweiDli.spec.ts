import { strict as assert } from "node:assert";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import {
  HuaweiSdkClient,
  assertParsed,
  dliTableBody,
  field,
  obsTableBody,
  type SdkRequest,
} from "./huaweiContractFixture";

const QUEUES = "/v1.0/{project_id}/queues";
const QUEUE = `${QUEUES}/{queue_name}`;
const PLANS = "/v1/{project_id}/queues/{queue_name}/plans";
const DATABASES = "/v1.0/{project_id}/databases";
const DATABASE = `${DATABASES}/{database_name}`;
const TABLES = `${DATABASE}/tables`;
const TABLE = `${TABLES}/{table_name}`;
const MINUTE = 60_000;

type Row = Record<string, unknown>;

/**
 * The DLI contract, driven by Huawei's SDK core (AK/SK): a queue created and scaled, scaling plans,
 * a database with an OBS and a DLI table, then everything deleted (the database asynchronously,
 * followed through the job-status API). The cases run in order and share what they create.
 */
describe("DLI contract through the Huawei SDK", () => {
  let emulator: RunningEmulator;
  let sdk: HuaweiSdkClient;
  let planIds: number[] = [];
  before(async () => {
    emulator = await startEmulator({});
    sdk = HuaweiSdkClient.signed(emulator);
  });
  after(() => emulator.close());

  const showQueue = (): SdkRequest => ({
    method: "GET",
    url: QUEUE,
    pathParams: { queue_name: "contract_queue" },
  });
  const listPlans = (): SdkRequest => ({
    method: "GET",
    url: PLANS,
    pathParams: { queue_name: "contract_queue" },
  });
  const createPlan = (body: Row): SdkRequest => ({
    method: "POST",
    url: PLANS,
    pathParams: { queue_name: "contract_queue" },
    body,
  });
  const queueAction = (body: Row): SdkRequest => ({
    method: "PUT",
    url: `${QUEUE}/action`,
    pathParams: { queue_name: "contract_queue" },
    body,
  });
  const table = (method: SdkRequest["method"], name: string): SdkRequest => ({
    method,
    url: TABLE,
    pathParams: { database_name: "contract_db", table_name: name },
  });
  const plan = (name: string, targetCu: number, hour: number): Row => ({
    plan_name: name,
    target_cu: targetCu,
    start_hour: hour,
    start_minute: 30,
    repeat_day: ["MONDAY", "TUESDAY", "WEDNESDAY", "SUNDAY"],
    activate: true,
  });

  describe("queues", () => {
    it("create answers the envelope with the name lower-cased (§2.1, §2.0)", async () => {
      const body = await sdk.expect(
        {
          method: "POST",
          url: QUEUES,
          body: {
            queue_name: "Contract_Queue",
            description: "test",
            cu_count: 64,
            resource_mode: 1,
            queue_type: "sql",
          },
        },
        200,
      );
      assert.deepEqual(body, { is_success: true, message: "", queue_name: "contract_queue" });
    });

    it("show answers the camelCase detail once the queue is ready (§2.4)", async () => {
      emulator.advanceClock(MINUTE);
      const body = await sdk.expect(showQueue(), 200);
      assert.equal(body["is_success"], true);
      assert.equal(body["queueName"], "contract_queue");
      assert.equal(body["queueType"], "sql");
      assert.equal(body["cuCount"], 64);
      assert.equal(body["resource_mode"], 1);
      assert.equal(typeof body["resource_id"], "string");
    });

    it("list answers the snake_case entry (§2.3)", async () => {
      const body = await sdk.expect(
        { method: "GET", url: QUEUES, query: { queue_type: "all" } },
        200,
      );
      const queue = (body["queues"] as Row[]).find((q) => q["queue_name"] === "contract_queue");
      assert.ok(queue);
      assert.deepEqual(
        [queue["queue_type"], queue["cu_count"], queue["is_restarting"]],
        ["sql", 64, false],
      );
    });

    it("scale_out answers {queue_name, result} without the envelope (§2.5)", async () => {
      const body = await sdk.expect(queueAction({ action: "scale_out", cu_count: 16 }), 200);
      assert.deepEqual(body, { queue_name: "contract_queue", result: true });
    });

    it("cuCount reaches the target only after the scaling delay (§2.5)", async () => {
      assert.equal((await sdk.expect(showQueue(), 200))["cuCount"], 64);
      emulator.advanceClock(MINUTE);
      assert.equal((await sdk.expect(showQueue(), 200))["cuCount"], 80);
    });

    it("scale_in brings cuCount back after the delay (§2.5)", async () => {
      await sdk.expect(queueAction({ action: "scale_in", cu_count: 16 }), 200);
      emulator.advanceClock(MINUTE);
      assert.equal((await sdk.expect(showQueue(), 200))["cuCount"], 64);
    });

    it("a forced restart answers a job id followed through job status to FINISHED (§2.5, §6.1)", async () => {
      const body = await sdk.expect(queueAction({ action: "restart", force: true }), 200);
      assert.equal(body["is_success"], true);
      const status = (): SdkRequest => ({
        method: "GET",
        url: "/v1.0/{project_id}/jobs/{job_id}/status",
        pathParams: { job_id: String(body["job_id"]) },
      });
      const running = await sdk.expect(status(), 200);
      assert.deepEqual(
        [running["job_type"], running["status"], running["queue_name"]],
        ["RESTART_QUEUE", "RUNNING", "contract_queue"],
      );
      const listed = await sdk.expect({ method: "GET", url: QUEUES }, 200);
      assert.equal(
        (listed["queues"] as Row[]).find((q) => q["queue_name"] === "contract_queue")?.[
          "is_restarting"
        ],
        true,
      );
      emulator.advanceClock(MINUTE);
      assert.equal((await sdk.expect(status(), 200))["status"], "FINISHED");
    });

    it("a cu_count that is not a multiple of 16 answers 400 DLI.0001 (§2.5)", async () => {
      const answer = await sdk.call(queueAction({ action: "scale_out", cu_count: 10 }));
      assert.equal(answer.status, 400);
      assertParsed(answer);
      assert.equal(answer.error?.errorCode, "DLI.0001");
    });
  });

  describe("scaling plans", () => {
    it("create answers the envelope without an id (§3.1)", async () => {
      const first = await sdk.expect(createPlan(plan("plan_A", 80, 8)), 200);
      const second = await sdk.expect(createPlan(plan("plan_B", 64, 20)), 200);
      assert.deepEqual(
        [first, second],
        [
          { is_success: true, message: "" },
          { is_success: true, message: "" },
        ],
      );
    });

    it("list answers both plans with ids and without unset validity fields (§3.2, §3.6 rule 11)", async () => {
      const body = await sdk.expect(listPlans(), 200);
      const plans = body["plans"] as Row[];
      assert.deepEqual(
        plans.map((p) => [p["plan_name"], p["target_cu"], p["start_hour"], p["activate"]]),
        [
          ["plan_A", 80, 8, true],
          ["plan_B", 64, 20, true],
        ],
      );
      assert.equal(plans[0]?.["valid_date_begin"], undefined);
      planIds = plans.map((p) => Number(p["id"]));
      assert.ok(planIds.every((id) => Number.isInteger(id) && id > 0));
    });

    it("a plan less than 2 hours from another answers 400 DLI.0999 with the seed's message (§3.6 rule 8)", async () => {
      const answer = await sdk.call(createPlan(plan("plan_C", 64, 9)));
      assert.equal(answer.status, 400);
      assertParsed(answer);
      assert.equal(answer.error?.errorCode, "DLI.0999");
      assert.equal(
        answer.error?.errorMsg,
        "Queue plans create failed. The plan plan_C can not generate a scale plan, please check all time settings for the plan.",
      );
    });

    it("update answers the queue name and plan id and replaces the plan (§3.5)", async () => {
      const body = await sdk.expect(
        {
          method: "PUT",
          url: `${PLANS}/{plan_id}`,
          pathParams: { queue_name: "contract_queue", plan_id: String(planIds[1]) },
          body: { ...plan("plan_B", 96, 21), repeat_day: ["THURSDAY", "friday"], activate: false },
        },
        200,
      );
      assert.equal(body["queue_name"], "contract_queue");
      assert.equal(Number(body["plan_id"]), planIds[1]);
      const updated = ((await sdk.expect(listPlans(), 200))["plans"] as Row[]).find(
        (p) => p["id"] === planIds[1],
      );
      assert.deepEqual(
        [
          updated?.["target_cu"],
          updated?.["start_hour"],
          updated?.["activate"],
          updated?.["repeat_day"],
        ],
        [96, 21, false, ["THURSDAY", "FRIDAY"]],
      );
    });

    it("delete removes one plan by id (§3.4)", async () => {
      await sdk.expect(
        {
          method: "DELETE",
          url: `${PLANS}/{plan_id}`,
          pathParams: { queue_name: "contract_queue", plan_id: String(planIds[0]) },
        },
        200,
      );
      const plans = (await sdk.expect(listPlans(), 200))["plans"] as Row[];
      assert.deepEqual(
        plans.map((p) => p["id"]),
        [planIds[1]],
      );
    });

    it("batch delete with a missing id answers 400 DLI.0002 and deletes nothing (§3.6 rule 9)", async () => {
      const answer = await sdk.call({
        method: "POST",
        url: `${PLANS}/batch-delete`,
        pathParams: { queue_name: "contract_queue" },
        body: { plan_ids: [planIds[1], 9999] },
      });
      assert.equal(answer.status, 400);
      assert.equal(answer.error?.errorCode, "DLI.0002");
      assert.equal(((await sdk.expect(listPlans(), 200))["plans"] as Row[]).length, 1);
    });

    it("batch delete removes the remaining plan (§3.3)", async () => {
      await sdk.expect(
        {
          method: "POST",
          url: `${PLANS}/batch-delete`,
          pathParams: { queue_name: "contract_queue" },
          body: { plan_ids: [planIds[1]] },
        },
        200,
      );
      assert.deepEqual((await sdk.expect(listPlans(), 200))["plans"], []);
    });
  });

  describe("databases and tables", () => {
    it("create database answers the envelope (§4.1)", async () => {
      const body = await sdk.expect(
        {
          method: "POST",
          url: DATABASES,
          body: { database_name: "Contract_DB", description: "this is for test" },
        },
        200,
      );
      assert.deepEqual(body, { is_success: true, message: "" });
    });

    it("create answers the envelope for an OBS table and a DLI table (§5.1)", async () => {
      const obs = await sdk.expect(
        {
          method: "POST",
          url: TABLES,
          pathParams: { database_name: "contract_db" },
          body: obsTableBody("tb1"),
        },
        200,
      );
      const dli = await sdk.expect(
        {
          method: "POST",
          url: TABLES,
          pathParams: { database_name: "contract_db" },
          body: dliTableBody("tb2"),
        },
        200,
      );
      assert.deepEqual([obs["is_success"], dli["is_success"]], [true, true]);
    });

    it("list databases with keyword answers the database with its table count (§4.3)", async () => {
      const body = await sdk.expect(
        { method: "GET", url: DATABASES, query: { keyword: "contract", offset: 0, limit: 10 } },
        200,
      );
      assert.equal(body["database_count"], 1);
      const db = field(body, "databases", 0) as Row;
      assert.deepEqual(
        [db["database_name"], db["table_number"], db["description"]],
        ["contract_db", 2, "this is for test"],
      );
    });

    it("list tables with details answers both tables with the response vocabulary (§5.3)", async () => {
      const body = await sdk.expect(
        {
          method: "GET",
          url: TABLES,
          pathParams: { database_name: "contract_db" },
          query: { "with-detail": true },
        },
        200,
      );
      assert.equal(body["table_count"], 2);
      const tables = body["tables"] as Row[];
      assert.deepEqual(
        tables.map((t) => [t["table_name"], t["table_type"], t["data_location"]]),
        [
          ["tb1", "EXTERNAL", "OBS"],
          ["tb2", "MANAGED", "DLI"],
        ],
      );
      assert.deepEqual(tables[0]?.["partition_columns"], ["column1"]);
    });

    it("describe answers the OBS table with its CSV options and partition columns last (§5.4)", async () => {
      const body = await sdk.expect(table("GET", "tb1"), 200);
      assert.equal(body["table_type"], "EXTERNAL");
      assert.equal(body["data_type"], "csv");
      assert.equal(body["data_location"], "obs://obs/path1");
      assert.equal(body["column_count"], 2);
      assert.deepEqual(
        (body["columns"] as Row[]).map((c) => c["column_name"]),
        ["column2", "column1"],
      );
      const properties = Object.fromEntries(
        (body["storage_properties"] as Row[]).map((p) => [String(p["key"]), p["value"]]),
      );
      assert.deepEqual(properties, {
        delimiter: ",",
        escape: "\\",
        quote: '"',
        header: "true",
        dateformat: "yyyy-MM-dd",
        timestampformat: "yyyy-MM-dd HH:mm:ss",
      });
    });

    it("describe answers the DLI table as MANAGED (§5.4)", async () => {
      const body = await sdk.expect(table("GET", "tb2"), 200);
      assert.equal(body["table_type"], "MANAGED");
      assert.deepEqual(
        (body["columns"] as Row[]).map((c) => c["column_name"]),
        ["id", "name", "level"],
      );
    });

    it("update owner answers the envelope and the list shows the new owner (§4.4)", async () => {
      await sdk.expect(
        {
          method: "PUT",
          url: `${DATABASE}/owner`,
          pathParams: { database_name: "contract_db" },
          body: { new_owner: "scuser1" },
        },
        200,
      );
      const body = await sdk.expect(
        { method: "GET", url: DATABASES, query: { keyword: "contract_db" } },
        200,
      );
      assert.equal(field(body, "databases", 0, "owner"), "scuser1");
    });
  });

  describe("deleting everything", () => {
    it("a non-empty database without cascade answers 400 DLI.0007 (§4.2)", async () => {
      const answer = await sdk.call({
        method: "DELETE",
        url: DATABASE,
        pathParams: { database_name: "contract_db" },
      });
      assert.equal(answer.status, 400);
      assertParsed(answer);
      assert.equal(answer.error?.errorCode, "DLI.0007");
    });

    it("delete table answers the sync envelope and describe then answers 400 DLI.0002 (§5.2)", async () => {
      const body = await sdk.expect(table("DELETE", "tb2"), 200);
      assert.equal(body["is_success"], true);
      const answer = await sdk.call(table("GET", "tb2"));
      assert.deepEqual([answer.status, answer.error?.errorCode], [400, "DLI.0002"]);
    });

    let jobId = "";
    it("delete database with cascade and async answers a DDL job id (§4.2)", async () => {
      const body = await sdk.expect(
        {
          method: "DELETE",
          url: DATABASE,
          pathParams: { database_name: "contract_db" },
          query: { cascade: true, async: true },
        },
        200,
      );
      assert.deepEqual(
        [body["is_success"], body["job_type"], body["job_mode"]],
        [true, "DDL", "async"],
      );
      jobId = String(body["job_id"]);
      assert.match(jobId, /^[0-9a-f-]{36}$/);
    });

    it("job status answers RUNNING, then FINISHED after the delay, and the database is gone (§6.1)", async () => {
      const status = (): SdkRequest => ({
        method: "GET",
        url: "/v1.0/{project_id}/jobs/{job_id}/status",
        pathParams: { job_id: jobId },
      });
      const running = await sdk.expect(status(), 200);
      assert.deepEqual(
        [running["job_id"], running["job_type"], running["status"]],
        [jobId, "DDL", "RUNNING"],
      );
      emulator.advanceClock(MINUTE);
      assert.equal((await sdk.expect(status(), 200))["status"], "FINISHED");
      const list = await sdk.expect(
        { method: "GET", url: DATABASES, query: { keyword: "contract_db" } },
        200,
      );
      assert.deepEqual([list["database_count"], list["databases"]], [0, []]);
    });

    it("delete queue answers the envelope and show then answers 400 DLI.0002 (§2.2)", async () => {
      const body = await sdk.expect(
        { method: "DELETE", url: QUEUE, pathParams: { queue_name: "contract_queue" } },
        200,
      );
      assert.equal(body["is_success"], true);
      const answer = await sdk.call(showQueue());
      assert.equal(answer.status, 400);
      assert.deepEqual(
        [answer.error?.errorCode, answer.error?.errorMsg],
        ["DLI.0002", "There is no queue named contract_queue"],
      );
    });
  });
});
