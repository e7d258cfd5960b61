import { strict as assert } from "node:assert";
import type { Deployment } from "../../../provider";
import { observeDeployment as observeFields } from "../../../resources/dataworks/fileDeployment";

/** GetDeployment reports every field as possibly absent; the tests name only the ones that matter. */
const observeDeployment = (fields: Partial<Deployment>) => observeFields(fields as Deployment);

describe("observeDeployment", () => {
  it("keeps waiting on a queued package", () => {
    assert.deepEqual(observeDeployment({ status: 0 }), {
      state: "queued",
      done: false,
      value: { status: 0 },
    });
  });

  it("keeps waiting on a running package", () => {
    assert.equal(observeDeployment({ status: 0, executeTime: 1 }).state, "running");
  });

  it("keeps waiting while an extension checks the package", () => {
    const seen = observeDeployment({ status: 0, checkingStatus: 8 });
    assert.deepEqual([seen.state, seen.done], ["checking", false]);
  });

  it("finishes on success with no check pending", () => {
    const seen = observeDeployment({ status: 1 });
    assert.deepEqual([seen.state, seen.done, seen.failed], ["succeeded", true, undefined]);
  });

  it("fails with the service's message on Status 2", () => {
    const seen = observeDeployment({ status: 2, errorMessage: "boom" });
    assert.deepEqual([seen.state, seen.failed, seen.reason], ["failed", true, "boom"]);
  });

  it("fails when the deployment check did not pass", () => {
    const seen = observeDeployment({ status: 0, checkingStatus: 7, errorMessage: "no" });
    assert.deepEqual([seen.state, seen.failed], ["check failed", true]);
  });
});
