import { strict as assert } from "node:assert";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import {
  HuaweiSdkClient,
  LINK_SAMPLES,
  assertParsed,
  clusterBody,
  field,
  firstConfigInputs,
  jobBody,
  linkBody,
  type LinkSample,
  type SdkRequest,
} from "./huaweiContractFixture";

const CLUSTERS = "/v1.1/{project_id}/clusters";
const CLUSTER = `${CLUSTERS}/{cluster_id}`;
const LINKS = `${CLUSTER}/cdm/link`;
const LINK = `${LINKS}/{link_name}`;
const JOBS = `${CLUSTER}/cdm/job`;
const JOB = `${JOBS}/{job_name}`;
const MINUTE = 60_000;

/**
 * The CDM contract, driven by Huawei's SDK core (AK/SK): a cluster from create to normal, links of
 * five connector types, a job run to success, then everything deleted. The cases run in order and
 * share the objects they create; time moves only through the emulator clock.
 */
describe("CDM contract through the Huawei SDK", () => {
  let emulator: RunningEmulator;
  let sdk: HuaweiSdkClient;
  let clusterId = "";
  before(async () => {
    emulator = await startEmulator({});
    sdk = HuaweiSdkClient.signed(emulator);
  });
  after(() => emulator.close());

  const inCluster = (extra: Record<string, string> = {}) => ({ cluster_id: clusterId, ...extra });
  const showCluster = (): SdkRequest => ({ method: "GET", url: CLUSTER, pathParams: inCluster() });
  const createLink = (link: LinkSample): SdkRequest => ({
    method: "POST",
    url: LINKS,
    pathParams: inCluster(),
    body: linkBody(link),
  });
  const jobStatus = (): SdkRequest => ({
    method: "GET",
    url: `${JOB}/status`,
    pathParams: inCluster({ job_name: "mysql2obs" }),
  });

  describe("clusters", () => {
    it("create answers 202 with the cluster's id, task, datastore and instances (§2.2)", async () => {
      const body = await sdk.expect(
        {
          method: "POST",
          url: CLUSTERS,
          body: clusterBody("cdm-contract"),
          headers: { "X-Language": "en_us" },
        },
        202,
      );
      clusterId = String(body["id"]);
      assert.match(clusterId, /^[0-9a-f-]{36}$/);
      assert.equal(body["name"], "cdm-contract");
      assert.equal(typeof field(body, "task", "id"), "string");
      assert.deepEqual(body["datastore"], { type: "cdm", version: "2.9.1.100" });
      assert.equal(field(body, "instances", 0, "type"), "cdm");
    });

    it("show reports status 100 with CREATING progress while the cluster is created (§2.8)", async () => {
      const body = await sdk.expect(showCluster(), 200);
      assert.equal(body["status"], "100");
      assert.match(String(field(body, "actionProgress", "CREATING")), /^\d{1,3}%$/);
    });

    it("refuses a link while the cluster is not normal with 400 Cdm.0036 (Appendix D)", async () => {
      const answer = await sdk.call(createLink(LINK_SAMPLES[0]!));
      assert.equal(answer.status, 400);
      assertParsed(answer);
      assert.equal(answer.body["errCode"], "Cdm.0036");
    });

    it("show reports status 200 Normal once the emulator clock passes the creation time (§2.3)", async () => {
      emulator.advanceClock(10 * MINUTE);
      const body = await sdk.expect(showCluster(), 200);
      assert.equal(body["status"], "200");
      assert.equal(body["statusDetail"], "Normal");
      assert.equal(body["failedReasons"], undefined);
      assert.equal(body["vpc_id"], "67c06084-2212-4242-bcd4-d2144c2385a9");
      assert.equal(field(body, "actionProgress", "CREATING"), undefined);
    });

    it("list answers the cluster in a clusters array (§2.4)", async () => {
      const body = await sdk.expect({ method: "GET", url: CLUSTERS }, 200);
      const clusters = body["clusters"] as Record<string, unknown>[];
      assert.deepEqual(
        clusters.map((c) => [c["id"], c["name"], c["status"]]),
        [[clusterId, "cdm-contract", "200"]],
      );
    });
  });

  describe("cluster actions", () => {
    const action = (body: Record<string, unknown>): SdkRequest => ({
      method: "POST",
      url: `${CLUSTER}/action`,
      pathParams: inCluster(),
      body,
    });

    it("restart answers a jobId string and the cluster restarts back to 200 (§2.6, §2.8)", async () => {
      const body = await sdk.expect(
        action({ restart: { instance: "", type: "cdm", group: "" } }),
        200,
      );
      assert.equal(typeof body["jobId"], "string");
      const during = await sdk.expect(showCluster(), 200);
      assert.equal(during["status"], "500");
      assert.deepEqual(field(during, "instances", 0, "actions"), ["REBOOTING"]);
      emulator.advanceClock(5 * MINUTE);
      assert.equal((await sdk.expect(showCluster(), 200))["status"], "200");
    });

    it("stop answers a jobId array and the cluster powers off through 910 to 900 (§2.7)", async () => {
      const body = await sdk.expect(action({ stop: { stopMode: "IMMEDIATELY" } }), 200);
      assert.ok(Array.isArray(body["jobId"]));
      assert.equal((await sdk.expect(showCluster(), 200))["status"], "910");
      emulator.advanceClock(5 * MINUTE);
      assert.equal((await sdk.expect(showCluster(), 200))["status"], "900");
    });

    it("start answers a jobId array and the cluster powers on through 920 to 200 (§2.7)", async () => {
      const body = await sdk.expect(action({ start: {} }), 200);
      assert.ok(Array.isArray(body["jobId"]));
      assert.equal((await sdk.expect(showCluster(), 200))["status"], "920");
      emulator.advanceClock(5 * MINUTE);
      assert.equal((await sdk.expect(showCluster(), 200))["status"], "200");
    });

    it("an action body with two actions answers 400 Cdm.0014 (§2.7 emulator rule)", async () => {
      const answer = await sdk.call(action({ start: {}, stop: { stopMode: "IMMEDIATELY" } }));
      assert.equal(answer.status, 400);
      assertParsed(answer);
      assert.equal(answer.body["errCode"], "Cdm.0014");
    });
  });

  describe("links", () => {
    it("validate=true answers 200 with a validation result and stores nothing (§3.3, GAP-32)", async () => {
      const link = LINK_SAMPLES[0]!;
      const body = await sdk.expect(
        {
          method: "POST",
          url: LINKS,
          pathParams: inCluster(),
          query: { validate: "true" },
          body: linkBody(link),
        },
        200,
      );
      assert.ok(Array.isArray(body["validation-result"]));
      const show = await sdk.call({
        method: "GET",
        url: LINK,
        pathParams: inCluster({ link_name: link.name }),
      });
      assert.deepEqual([show.status, show.body["errCode"]], [400, "Cdm.0101"]);
    });

    for (const link of LINK_SAMPLES) {
      it(`create answers 200 with the name for a ${link.connector} link (§3.3, §3.5)`, async () => {
        const body = await sdk.expect(createLink(link), 200);
        assert.equal(body["name"], link.name);
        assert.ok(Array.isArray(body["validation-result"]));
      });
    }

    for (const link of LINK_SAMPLES) {
      it(`show reads the ${link.connector} link back with typed inputs and masked secrets (§3.4)`, async () => {
        const body = await sdk.expect(
          { method: "GET", url: LINK, pathParams: inCluster({ link_name: link.name }) },
          200,
        );
        const read = field(body, "links", 0) as Record<string, unknown>;
        assert.equal(read["name"], link.name);
        assert.equal(read["connector-name"], link.connector);
        assert.equal(typeof read["creation-date"], "number");
        const inputs = firstConfigInputs(read, "link-config-values");
        for (const [name, value] of Object.entries(link.inputs)) {
          const input = inputs.find((i) => i["name"] === name);
          assert.ok(input, `${name} is read back`);
          if (link.secrets.includes(name))
            assert.notEqual(input["value"], value, `${name} is masked`);
          else if (input["type"] === "INTEGER") assert.equal(input["value"], Number(value));
          else assert.equal(String(input["value"]), value);
        }
      });
    }

    it("show answers a port as a JSON number with type INTEGER (§3.2 read-back typing)", async () => {
      const body = await sdk.expect(
        { method: "GET", url: LINK, pathParams: inCluster({ link_name: "sftp_link" }) },
        200,
      );
      const inputs = firstConfigInputs(field(body, "links", 0), "link-config-values");
      const port = inputs.find((i) => i["name"] === "linkConfig.port");
      assert.deepEqual([port?.["type"], port?.["value"]], ["INTEGER", 22]);
    });

    it("update replaces the inputs and answers a validation result (§3.4)", async () => {
      const sftp = LINK_SAMPLES.find((l) => l.name === "sftp_link")!;
      const body = await sdk.expect(
        {
          method: "PUT",
          url: LINK,
          pathParams: inCluster({ link_name: "sftp_link" }),
          body: linkBody(sftp, { ...sftp.inputs, "linkConfig.port": "2222" }),
        },
        200,
      );
      assert.ok(Array.isArray(body["validation-result"]));
      const read = await sdk.expect(
        { method: "GET", url: LINK, pathParams: inCluster({ link_name: "sftp_link" }) },
        200,
      );
      const inputs = firstConfigInputs(field(read, "links", 0), "link-config-values");
      assert.equal(inputs.find((i) => i["name"] === "linkConfig.port")?.["value"], 2222);
    });

    it("a duplicate name answers 400 Cdm.0315 in CDM's long error shape (§3.3)", async () => {
      const answer = await sdk.call(createLink(LINK_SAMPLES[0]!));
      assert.equal(answer.status, 400);
      assertParsed(answer);
      assert.deepEqual(answer.body, {
        code: "Cdm.0315",
        errCode: "Cdm.0315",
        message: "Link name [mysql_link] already exist or created by other user.",
        externalMessage: "Link name [mysql_link] already exist or created by other user.",
      });
    });
  });

  describe("jobs", () => {
    it("create answers 200 with the job name (§4.4)", async () => {
      const body = await sdk.expect(
        { method: "POST", url: JOBS, pathParams: inCluster(), body: jobBody("mysql2obs") },
        200,
      );
      assert.equal(body["name"], "mysql2obs");
    });

    it("show answers total 0 and the job with status NEW (§4.6, Appendix D)", async () => {
      const body = await sdk.expect(
        { method: "GET", url: JOB, pathParams: inCluster({ job_name: "mysql2obs" }) },
        200,
      );
      assert.equal(body["total"], 0);
      const job = field(body, "jobs", 0) as Record<string, unknown>;
      assert.deepEqual(
        [job["name"], job["status"], job["from-link-name"]],
        ["mysql2obs", "NEW", "mysql_link"],
      );
    });

    it("job_name=all lists the job with paging fields (§4.6)", async () => {
      const body = await sdk.expect(
        {
          method: "GET",
          url: JOB,
          pathParams: inCluster({ job_name: "all" }),
          query: { page_size: 10, jobType: "NORMAL_JOB" },
        },
        200,
      );
      assert.equal(body["total"], 1);
      assert.deepEqual(
        (body["jobs"] as Record<string, unknown>[]).map((j) => j["name"]),
        ["mysql2obs"],
      );
      assert.equal(body["page_no"], 1);
      assert.equal(body["page_size"], 10);
    });

    it("update answers a validation result and the job reads back changed (§4.7)", async () => {
      const body = await sdk.expect(
        {
          method: "PUT",
          url: JOB,
          pathParams: inCluster({ job_name: "mysql2obs" }),
          body: jobBody("mysql2obs", "3"),
        },
        200,
      );
      assert.ok(Array.isArray(body["validation-result"]));
      const read = await sdk.expect(
        { method: "GET", url: JOB, pathParams: inCluster({ job_name: "mysql2obs" }) },
        200,
      );
      const driver = firstConfigInputs(field(read, "jobs", 0), "driver-config-values");
      const extractors = driver.find((i) => i["name"] === "throttlingConfig.numExtractors");
      assert.equal(String(extractors?.["value"]), "3");
    });

    it("status before any run answers NEVER_EXECUTED (Appendix D)", async () => {
      const body = await sdk.expect(jobStatus(), 200);
      assert.equal(field(body, "submissions", 0, "status"), "NEVER_EXECUTED");
    });

    it("start answers a BOOTING submission (§4.9)", async () => {
      const body = await sdk.expect(
        {
          method: "PUT",
          url: `${JOB}/start`,
          pathParams: inCluster({ job_name: "mysql2obs" }),
          body: { variables: {} },
        },
        200,
      );
      const submission = field(body, "submissions", 0) as Record<string, unknown>;
      assert.deepEqual([submission["job-name"], submission["status"]], ["mysql2obs", "BOOTING"]);
      assert.equal(typeof submission["submission-id"], "number");
    });

    it("status moves to RUNNING as the clock passes the boot time (§4.11)", async () => {
      emulator.advanceClock(30_000);
      const body = await sdk.expect(jobStatus(), 200);
      assert.equal(field(body, "submissions", 0, "status"), "RUNNING");
      assert.equal(field(body, "submissions", 0, "counters"), undefined);
    });

    it("status ends SUCCEEDED with progress 100 and Sqoop counters (§4.11, §4.12)", async () => {
      emulator.advanceClock(5 * MINUTE);
      const body = await sdk.expect(jobStatus(), 200);
      const submission = field(body, "submissions", 0) as Record<string, unknown>;
      assert.equal(submission["status"], "SUCCEEDED");
      assert.equal(submission["progress"], 100);
      const counters = field(
        submission,
        "counters",
        "org.apache.sqoop.submission.counter.SqoopCounters",
      );
      assert.equal(typeof field(counters, "ROWS_READ"), "number");
      assert.equal(field(counters, "ROWS_READ"), field(counters, "ROWS_WRITTEN"));
    });

    it("show reports the job's last status SUCCEEDED (§4.2)", async () => {
      const body = await sdk.expect(
        { method: "GET", url: JOB, pathParams: inCluster({ job_name: "mysql2obs" }) },
        200,
      );
      assert.equal(field(body, "jobs", 0, "status"), "SUCCEEDED");
    });

    it("history lists the one run with total and paging fields (§4.11)", async () => {
      const body = await sdk.expect(
        {
          method: "GET",
          url: `${CLUSTER}/cdm/submissions`,
          pathParams: inCluster(),
          query: { jname: "mysql2obs" },
        },
        200,
      );
      assert.equal(body["total"], 1);
      assert.equal(field(body, "submissions", 0, "status"), "SUCCEEDED");
      assert.equal(body["page_size"], 10);
    });
  });

  describe("random-cluster job", () => {
    it("create-and-run answers a PENDING submission and creates the job on the normal cluster (§4.5, GAP-47)", async () => {
      const body = await sdk.expect(
        {
          method: "POST",
          url: `${CLUSTERS}/job`,
          headers: { "X-Language": "en_us" },
          body: { ...jobBody("random_run"), clusters: [clusterId] },
        },
        200,
      );
      const submission = field(body, "submissions", 0) as Record<string, unknown>;
      assert.deepEqual([submission["job-name"], submission["status"]], ["random_run", "PENDING"]);
      await sdk.expect(
        { method: "GET", url: JOB, pathParams: inCluster({ job_name: "random_run" }) },
        200,
      );
    });

    it("the random-cluster run succeeds as the clock moves (§4.11)", async () => {
      emulator.advanceClock(5 * MINUTE);
      const body = await sdk.expect(
        { method: "GET", url: `${JOB}/status`, pathParams: inCluster({ job_name: "random_run" }) },
        200,
      );
      assert.equal(field(body, "submissions", 0, "status"), "SUCCEEDED");
    });
  });

  describe("deleting everything", () => {
    it("a link used by a job cannot be deleted: 500 Cdm.0021 (§3.4, GAP-30)", async () => {
      const answer = await sdk.call({
        method: "DELETE",
        url: LINK,
        pathParams: inCluster({ link_name: "mysql_link" }),
      });
      assert.equal(answer.status, 500);
      assertParsed(answer);
      assert.deepEqual(answer.body, {
        errCode: "Cdm.0021",
        externalMessage: "Given link name is in use",
      });
    });

    it("delete job answers 200 and the job is then not found with 400 Cdm.0100 (§4.8, GAP-38)", async () => {
      await sdk.expect(
        { method: "DELETE", url: JOB, pathParams: inCluster({ job_name: "random_run" }) },
        200,
      );
      await sdk.expect(
        { method: "DELETE", url: JOB, pathParams: inCluster({ job_name: "mysql2obs" }) },
        200,
      );
      const answer = await sdk.call({
        method: "GET",
        url: JOB,
        pathParams: inCluster({ job_name: "mysql2obs" }),
      });
      assert.equal(answer.status, 400);
      assert.deepEqual(answer.body, {
        errCode: "Cdm.0100",
        externalMessage: "Job[mysql2obs] doesn't exist.",
      });
    });

    for (const link of LINK_SAMPLES) {
      it(`delete answers 200 for the ${link.connector} link, then show answers 400 Cdm.0101 (Appendix D)`, async () => {
        await sdk.expect(
          { method: "DELETE", url: LINK, pathParams: inCluster({ link_name: link.name }) },
          200,
        );
        const answer = await sdk.call({
          method: "GET",
          url: LINK,
          pathParams: inCluster({ link_name: link.name }),
        });
        assert.equal(answer.status, 400);
        assert.equal(answer.body["errCode"], "Cdm.0101");
      });
    }

    it("delete cluster (a DELETE with a JSON body) answers 202 with a jobId (§2.5)", async () => {
      const body = await sdk.expect(
        {
          method: "DELETE",
          url: CLUSTER,
          pathParams: inCluster(),
          body: { keep_last_manual_backup: 0 },
        },
        202,
      );
      assert.match(String(body["jobId"]), /^[0-9a-f]{32}$/);
    });

    it("the deleted cluster answers 404 Cdm.0001 once the clock passes the deletion time (GAP-16)", async () => {
      emulator.advanceClock(5 * MINUTE);
      const answer = await sdk.call(showCluster());
      assert.equal(answer.status, 404);
      assertParsed(answer);
      assert.equal(answer.body["errCode"], "Cdm.0001");
      const list = await sdk.expect({ method: "GET", url: CLUSTERS }, 200);
      assert.deepEqual(list["clusters"], []);
    });
  });
});
