import { strict as assert } from "node:assert";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import {
  HuaweiSdkClient,
  LINK_SAMPLES,
  assertParsed,
  clusterBody,
  jobBody,
  linkBody,
  obsTableBody,
  type SdkAnswer,
  type SdkRequest,
} from "./huaweiContractFixture";

const MINUTE = 60_000;
const GHOST_CLUSTER = "00000000-0000-4000-8000-000000000000";

/**
 * Every not-found shape of CDM and DLI as the Huawei SDK receives it. CDM answers them in its own
 * `{errCode, externalMessage}` shape, mostly with HTTP 400, not 404 (spec/cdm.md §1.8, GAP-16,
 * GAP-38, Appendix D); DLI answers HTTP 400 `DLI.0002` in `{error_code, error_msg}`, which the SDK
 * reads (spec/dli.md §1.7), and `DLI.0008` for the plan list of a missing queue (§3.2).
 */
describe("Huawei not-found answers through the SDK", () => {
  let emulator: RunningEmulator;
  let sdk: HuaweiSdkClient;
  let clusterId = "";
  before(async () => {
    emulator = await startEmulator({ throttle: false });
    sdk = HuaweiSdkClient.signed(emulator);
    const created = await sdk.expect(
      { method: "POST", url: "/v1.1/{project_id}/clusters", body: clusterBody("nf") },
      202,
    );
    clusterId = String(created["id"]);
    emulator.advanceClock(10 * MINUTE);
    await sdk.expect(
      {
        method: "POST",
        url: "/v1.0/{project_id}/queues",
        body: { queue_name: "nf_queue", cu_count: 16 },
      },
      200,
    );
    await sdk.expect(
      { method: "POST", url: "/v1.0/{project_id}/databases", body: { database_name: "nf_db" } },
      200,
    );
    emulator.advanceClock(MINUTE);
  });
  after(() => emulator.close());

  describe("CDM", () => {
    const cluster = (path = "", extra: Record<string, string> = {}) => ({
      url: `/v1.1/{project_id}/clusters/{cluster_id}${path}`,
      pathParams: { cluster_id: clusterId, ...extra },
    });
    const assertCdm = (answer: SdkAnswer, status: number, code: string, message?: string) => {
      assert.equal(answer.status, status, JSON.stringify(answer.body));
      assertParsed(answer);
      assert.equal(answer.body["errCode"], code);
      assert.equal(typeof answer.body["externalMessage"], "string");
      if (message !== undefined) assert.equal(answer.body["externalMessage"], message);
    };

    const ghost: readonly (readonly [string, SdkRequest])[] = [
      [
        "show",
        {
          method: "GET",
          url: "/v1.1/{project_id}/clusters/{cluster_id}",
          pathParams: { cluster_id: GHOST_CLUSTER },
        },
      ],
      [
        "delete",
        {
          method: "DELETE",
          url: "/v1.1/{project_id}/clusters/{cluster_id}",
          pathParams: { cluster_id: GHOST_CLUSTER },
          body: { keep_last_manual_backup: 0 },
        },
      ],
      [
        "action",
        {
          method: "POST",
          url: "/v1.1/{project_id}/clusters/{cluster_id}/action",
          pathParams: { cluster_id: GHOST_CLUSTER },
          body: { start: {} },
        },
      ],
    ];
    for (const [label, request] of ghost) {
      it(`${label} of an unknown cluster answers 404 Cdm.0001 (Appendix D, GAP-16)`, async () => {
        assertCdm(await sdk.call(request), 404, "Cdm.0001");
      });
    }

    it('show of a missing link answers 400 Cdm.0101 "Link [<n>] doesn\'t exist." (Appendix D)', async () => {
      const answer = await sdk.call({
        method: "GET",
        ...cluster("/cdm/link/{link_name}", { link_name: "nolink" }),
      });
      assertCdm(answer, 400, "Cdm.0101", "Link [nolink] doesn't exist.");
    });

    it("update of a missing link answers 400 Cdm.0316 (§3.4, Appendix D)", async () => {
      const link = { ...LINK_SAMPLES[0]!, name: "nolink" };
      const answer = await sdk.call({
        method: "PUT",
        ...cluster("/cdm/link/{link_name}", { link_name: "nolink" }),
        body: linkBody(link),
      });
      assertCdm(answer, 400, "Cdm.0316");
    });

    it("delete of a missing link answers 400 Cdm.0101 (Appendix D)", async () => {
      const answer = await sdk.call({
        method: "DELETE",
        ...cluster("/cdm/link/{link_name}", { link_name: "nolink" }),
      });
      assertCdm(answer, 400, "Cdm.0101");
    });

    it("a job naming a missing link answers 400 Cdm.0101 (§4.4)", async () => {
      const answer = await sdk.call({
        method: "POST",
        ...cluster("/cdm/job"),
        body: jobBody("orphan"),
      });
      assertCdm(answer, 400, "Cdm.0101");
    });

    // The cluster id is known only once `before` ran, so each case builds its request then.
    for (const label of ["show", "update", "start", "stop", "status"] as const) {
      it(`${label} of a missing job answers 400 Cdm.0100 "Job[<n>] doesn't exist." (GAP-38)`, async () => {
        assertCdm(
          await sdk.call(missingJobRequest(label, clusterId)),
          400,
          "Cdm.0100",
          "Job[nojob] doesn't exist.",
        );
      });
    }

    it("delete of a missing job answers the seed's 500 Cdm.0100 (§4.8)", async () => {
      const answer = await sdk.call({
        method: "DELETE",
        ...cluster("/cdm/job/{job_name}", { job_name: "nojob" }),
      });
      assertCdm(answer, 500, "Cdm.0100", "Job[nojob] doesn't exist.");
    });
  });

  describe("DLI", () => {
    const assertDli = (answer: SdkAnswer, code: string, message?: string) => {
      assert.equal(answer.status, 400, JSON.stringify(answer.body));
      assertParsed(answer);
      assert.equal(answer.error?.errorCode, code);
      if (message !== undefined) assert.equal(answer.error?.errorMsg, message);
    };
    const queue = (path: string, name = "noqueue") => ({
      url: `/v1.0/{project_id}/queues/{queue_name}${path}`,
      pathParams: { queue_name: name },
    });
    const plans = (path: string, extra: Record<string, string> = {}, name = "nf_queue") => ({
      url: `/v1/{project_id}/queues/{queue_name}/plans${path}`,
      pathParams: { queue_name: name, ...extra },
    });
    const plan = {
      plan_name: "p",
      target_cu: 32,
      start_hour: 1,
      start_minute: 0,
      repeat_day: ["MONDAY"],
    };

    it('show of a missing queue answers 400 DLI.0002 "There is no queue named <q>" (§2.4)', async () => {
      assertDli(
        await sdk.call({ method: "GET", ...queue("") }),
        "DLI.0002",
        "There is no queue named noqueue",
      );
    });

    it("delete of a missing queue answers 400 DLI.0002 (§2.2)", async () => {
      assertDli(await sdk.call({ method: "DELETE", ...queue("") }), "DLI.0002");
    });

    it("an action on a missing queue answers 400 DLI.0002 (§2.5)", async () => {
      assertDli(
        await sdk.call({
          method: "PUT",
          ...queue("/action"),
          body: { action: "scale_out", cu_count: 16 },
        }),
        "DLI.0002",
      );
    });

    it('the plan list of a missing queue answers 400 DLI.0008 "There is no queue named <q>." (§3.2)', async () => {
      const answer = await sdk.call({ method: "GET", ...plans("", {}, "noqueue") });
      assertDli(answer, "DLI.0008", "There is no queue named noqueue.");
    });

    it("a plan for a missing queue answers 400 DLI.0002 (§3.6 rule 9)", async () => {
      assertDli(
        await sdk.call({ method: "POST", ...plans("", {}, "noqueue"), body: plan }),
        "DLI.0002",
      );
    });

    it('update of a missing plan answers 400 DLI.0002 "The plan with id <id> does not exist." (§3.5, §3.6 rule 9)', async () => {
      const answer = await sdk.call({
        method: "PUT",
        ...plans("/{plan_id}", { plan_id: "8" }),
        body: plan,
      });
      assertDli(answer, "DLI.0002", "The plan with id 8 does not exist.");
    });

    it("delete of a missing plan answers 400 DLI.0002 with the seed's message (§3.4)", async () => {
      const answer = await sdk.call({ method: "DELETE", ...plans("/{plan_id}", { plan_id: "8" }) });
      assertDli(answer, "DLI.0002", "The plan with id 8 does not exist.");
    });

    it("batch delete of missing plans answers 400 DLI.0002 with the seed's message (§3.3)", async () => {
      const answer = await sdk.call({
        method: "POST",
        ...plans("/batch-delete"),
        body: { plan_ids: [8, 9] },
      });
      assertDli(answer, "DLI.0002", "The plans with id 8, 9 do not exist.");
    });

    it("delete of a missing database answers 400 DLI.0002 (§4.2, §1.7)", async () => {
      const answer = await sdk.call({
        method: "DELETE",
        url: "/v1.0/{project_id}/databases/{database_name}",
        pathParams: { database_name: "nodb" },
      });
      assertDli(answer, "DLI.0002");
    });

    it("the owner of a missing database answers 400 DLI.0002 (§4.4)", async () => {
      const answer = await sdk.call({
        method: "PUT",
        url: "/v1.0/{project_id}/databases/{database_name}/owner",
        pathParams: { database_name: "nodb" },
        body: { new_owner: "someone" },
      });
      assertDli(answer, "DLI.0002");
    });

    it('a table in a missing database answers 400 DLI.0002 "There is no database named <db>" (§5.1)', async () => {
      const answer = await sdk.call({
        method: "POST",
        url: "/v1.0/{project_id}/databases/{database_name}/tables",
        pathParams: { database_name: "nodb" },
        body: obsTableBody("t1"),
      });
      assertDli(answer, "DLI.0002", "There is no database named nodb");
    });

    it("the table list of a missing database answers 400 DLI.0002 (§5.3)", async () => {
      const answer = await sdk.call({
        method: "GET",
        url: "/v1.0/{project_id}/databases/{database_name}/tables",
        pathParams: { database_name: "nodb" },
      });
      assertDli(answer, "DLI.0002", "There is no database named nodb");
    });

    it('describe of a missing table answers 400 DLI.0002 "There is no table named <t>" (§5.4)', async () => {
      const answer = await sdk.call({
        method: "GET",
        url: "/v1.0/{project_id}/databases/{database_name}/tables/{table_name}",
        pathParams: { database_name: "nf_db", table_name: "notable" },
      });
      assertDli(answer, "DLI.0002", "There is no table named notable");
    });

    it("delete of a missing table answers 400 DLI.0002 (§5.2)", async () => {
      const answer = await sdk.call({
        method: "DELETE",
        url: "/v1.0/{project_id}/databases/{database_name}/tables/{table_name}",
        pathParams: { database_name: "nf_db", table_name: "notable" },
      });
      assertDli(answer, "DLI.0002");
    });

    it("the status of an unknown job answers 400 DLI.0002 (§6.1)", async () => {
      const answer = await sdk.call({
        method: "GET",
        url: "/v1.0/{project_id}/jobs/{job_id}/status",
        pathParams: { job_id: "208b08d4-0dc2-4dd7-8879-ddd4c020d7aa" },
      });
      assertDli(answer, "DLI.0002");
    });
  });
});

/** The job routes of the missing-job cases, for a cluster id known only at run time. */
function missingJobRequest(
  label: "show" | "update" | "start" | "stop" | "status",
  clusterId: string,
): SdkRequest {
  const url = "/v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}";
  const pathParams = { cluster_id: clusterId, job_name: "nojob" };
  switch (label) {
    case "update":
      return { method: "PUT", url, pathParams, body: jobBody("nojob") };
    case "start":
      return { method: "PUT", url: `${url}/start`, pathParams, body: { variables: {} } };
    case "stop":
      return { method: "PUT", url: `${url}/stop`, pathParams };
    case "status":
      return { method: "GET", url: `${url}/status`, pathParams };
    case "show":
      return { method: "GET", url, pathParams };
  }
}
