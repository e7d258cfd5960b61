import { strict as assert } from "node:assert";
import { RequestLog, type RequestLogEntry } from "../../../emulator/server/requestLog";

function entry(n: number, service = "dataworks"): RequestLogEntry {
  return {
    time: new Date(n).toISOString(),
    requestId: `R${n}`,
    service,
    action: n % 2 === 0 ? "GetFile" : "CreateFile",
    method: "POST",
    path: "/",
    parameters: {},
    status: 200,
  };
}

describe("RequestLog", () => {
  it("keeps entries in arrival order while under capacity", () => {
    const log = new RequestLog(5);
    [1, 2, 3].forEach((n) => log.add(entry(n)));
    assert.deepEqual(log.list().map((e) => e.requestId), ["R1", "R2", "R3"]);
  });

  it("drops the oldest entries first once full, still listing oldest to newest", () => {
    const log = new RequestLog(3);
    [1, 2, 3, 4, 5, 6, 7].forEach((n) => log.add(entry(n)));
    assert.deepEqual(log.list().map((e) => e.requestId), ["R5", "R6", "R7"]);
    assert.equal(log.size, 3);
  });

  it("filters by service and action", () => {
    const log = new RequestLog(10);
    [1, 2, 3, 4].forEach((n) => log.add(entry(n, n > 2 ? "cdm" : "dataworks")));
    assert.deepEqual(log.list({ service: "dataworks", action: "GetFile" }).map((e) => e.requestId), ["R2"]);
  });

  it("starts over empty after clear", () => {
    const log = new RequestLog(2);
    [1, 2, 3].forEach((n) => log.add(entry(n)));
    log.clear();
    log.add(entry(9));
    assert.deepEqual(log.list().map((e) => e.requestId), ["R9"]);
  });
});
