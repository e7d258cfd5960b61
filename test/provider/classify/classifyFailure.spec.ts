import assert from "node:assert/strict";
import { classifyFailure } from "../../../provider/classify/classifyFailure";
import type { ErrorCategory } from "../../../provider/errors";

type Case = [cloud: "alibaba" | "huawei", status: number, code: string, message: string, expected: ErrorCategory];

const CASES: Case[] = [
  // spec/dataworks.md §1.7, §4.9
  ["alibaba", 429, "Throttling.User", "", "throttling"],
  ["alibaba", 429, "Throttling.Api", "", "throttling"],
  ["alibaba", 429, "Throttling.System", "", "throttling"],
  ["alibaba", 429, "Throttling.Api.Risk", "", "fatal"],
  ["alibaba", 429, "Throttling.Resource", "", "fatal"],
  ["alibaba", 500, "InternalError.System", "", "transient"],
  ["alibaba", 403, "Forbidden.Access", "", "auth"],
  ["alibaba", 400, "SignatureDoesNotMatch", "", "auth"],
  ["alibaba", 400, "InvalidTimeStamp.Expired", "", "auth"],
  ["alibaba", 404, "InvalidAccessKeyId.NotFound", "", "auth"],
  ["alibaba", 400, "Invalid.Tenant.ConnectionNotExists", "", "notFound"],
  ["alibaba", 400, "DataSource.NotFound", "", "notFound"],
  ["alibaba", 400, "Invalid.File.NotExists", "", "notFound"],
  ["alibaba", 400, "ConnectionAlreadyExist", "", "conflict"],
  ["alibaba", 400, "Invalid.Operation", "", "conflict"],
  ["alibaba", 400, "Invalid.Param", "", "invalid"],
  ["alibaba", 503, "", "", "transient"],
  ["alibaba", 408, "", "", "transient"],
  ["alibaba", 404, "", "", "notFound"],
  // spec/cdm.md §1.8, §5.1, GAP-30/38/39
  ["huawei", 400, "Cdm.0100", "Job[j] doesn't exist.", "notFound"],
  ["huawei", 500, "Cdm.0100", "Job[j] doesn't exist.", "notFound"],
  ["huawei", 400, "Cdm.0101", "", "notFound"],
  ["huawei", 404, "Cdm.0001", "", "notFound"],
  ["huawei", 400, "Cdm.0095", "", "notFound"],
  ["huawei", 400, "Cdm.0315", "", "conflict"],
  ["huawei", 400, "Cdm.0104", "", "conflict"],
  ["huawei", 500, "Cdm.0021", "Given link name is in use", "conflict"],
  ["huawei", 400, "Cdm.0021", "Cannot connect to server", "invalid"],
  ["huawei", 400, "Cdm.0420", "Source file or directory does not exist.", "invalid"],
  ["huawei", 429, "APIG.0308", "", "throttling"],
  ["huawei", 401, "APIG.0301", "", "auth"],
  // spec/dli.md §1.7, §7.2, §7.3
  ["huawei", 400, "DLI.0002", "", "notFound"],
  ["huawei", 404, "DLI.0023", "", "notFound"],
  ["huawei", 400, "DLI.0008", "There is no queue named queue1.", "notFound"],
  ["huawei", 400, "DLI.0008", "metadata error", "invalid"],
  ["huawei", 400, "DLI.0006", "", "conflict"],
  ["huawei", 400, "DLI.0999", "对象已存在错误", "conflict"],
  ["huawei", 400, "DLI.0999", "The queue backend version is too old or the queue is busy.", "transient"],
  ["huawei", 400, "DLI.0999", "can not generate a scale plan", "invalid"],
  ["huawei", 401, "DLI.0013", "", "auth"],
  ["huawei", 400, "DLI.1028", "", "fatal"],
  ["huawei", 200, "", "There is no queue named q1", "notFound"],
  ["huawei", 200, "", "Queue q1 already exists", "conflict"],
  ["huawei", 200, "", "failed", "invalid"],
  ["huawei", 429, "", "", "throttling"],
  ["huawei", 502, "", "", "transient"],
];

describe("classifyFailure", () => {
  for (const [cloud, status, code, message, expected] of CASES) {
    it(`classifies ${cloud} ${status} ${code || "(no code)"}${message ? ` "${message}"` : ""} as ${expected}`, () => {
      assert.equal(classifyFailure(cloud, { status, code, message }).category, expected);
    });
  }

  it("marks stale timestamps and reused nonces for one re-signed retry", () => {
    assert.equal(classifyFailure("alibaba", { status: 400, code: "InvalidTimeStamp.Expired", message: "" }).reSign, true);
    assert.equal(classifyFailure("alibaba", { status: 400, code: "SignatureNonceUsed", message: "" }).reSign, true);
    assert.equal(classifyFailure("alibaba", { status: 400, code: "SignatureDoesNotMatch", message: "" }).reSign, undefined);
  });
});
