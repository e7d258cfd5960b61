import assert from "node:assert/strict";
import { JobStatusResponseSchema, showJobStatus } from "../../../../provider/services/dli";
import { FakeSender, requestOf } from "../cdm/fakeSender";
import { decodeMessage } from "./decodeMessage";

describe("dli job status", () => {
  it("showJobStatus reads a job with numbers printed as strings", async () => {
    const sender = FakeSender.answering({
      is_success: "true",
      message: "",
      job_id: "208b08d4-0dc2-4dd7-8879-ddd4c020d7aa",
      status: "FINISHED",
      job_type: "DDL",
      job_mode: "async",
      queue_name: "default",
      owner: "tenant1",
      start_time: "1517385246111",
      duration: 1383,
      result_count: 0,
    });
    const status = await showJobStatus(sender, "208b08d4-0dc2-4dd7-8879-ddd4c020d7aa");
    assert.equal(status.status, "FINISHED");
    assert.equal(status.startTime, 1517385246111);
    assert.equal(status.message, undefined);
    assert.deepEqual(requestOf(sender.sent), {
      service: "dli",
      action: "showJobStatus",
      method: "GET",
      path: "/v1.0/{project_id}/jobs/208b08d4-0dc2-4dd7-8879-ddd4c020d7aa/status",
      idempotent: true,
    });
  });

  it("carries the failure message of a FAILED job", () => {
    const status = JobStatusResponseSchema.parse({ job_id: "j", status: "FAILED", message: "table not found" });
    assert.equal(status.message, "table not found");
  });

  it("rejects a state outside the documented six with a decoding error", () => {
    const message = decodeMessage("showJobStatus", JobStatusResponseSchema, { job_id: "j", status: "DONE" });
    assert.match(message ?? "", /^DecodeError.*status/);
  });

  it("rejects an answer without job_id", () => {
    assert.match(decodeMessage("showJobStatus", JobStatusResponseSchema, { status: "RUNNING" }) ?? "", /job_id/);
  });
});
