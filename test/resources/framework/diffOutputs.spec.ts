import { strict as assert } from "node:assert";
import { diffOutputs } from "../../../resources/framework/diffOutputs";
import { UNKNOWN } from "../../../resources/framework/unknown";
import { probeDefinition } from "../../../resources/probe/probe";

const inputs = { name: "alpha", region: "local", size: 1, note: "n", token: "t", adopt: false };
const outputs = { ...inputs, status: "ready", version: 3 };

describe("diffOutputs", () => {
  it("reports no change when the outputs match the inputs, whatever the computed fields", () => {
    assert.deepEqual(diffOutputs(probeDefinition, outputs, inputs), {
      changes: false,
      replaces: [],
      deleteBeforeReplace: false,
    });
  });

  it("reports an in-place change for an update field", () => {
    const diff = diffOutputs(probeDefinition, outputs, { ...inputs, size: 2 });
    assert.deepEqual(diff, { changes: true, replaces: [], deleteBeforeReplace: false });
  });

  it("replaces, deleting first, when a field of the natural key changes", () => {
    const diff = diffOutputs(probeDefinition, outputs, { ...inputs, name: "beta" });
    assert.deepEqual(diff, { changes: true, replaces: ["name"], deleteBeforeReplace: true });
  });

  it("reports a possible replacement when a replace field is unknown", () => {
    const diff = diffOutputs(probeDefinition, outputs, { ...inputs, region: UNKNOWN });
    assert.deepEqual(diff.replaces, ["region"]);
  });

  it("reports a possible change when an update field is unknown", () => {
    const diff = diffOutputs(probeDefinition, outputs, { ...inputs, size: UNKNOWN });
    assert.equal(diff.changes, true);
  });

  it("compares with the last outputs, so drift found by refresh is corrected", () => {
    const diff = diffOutputs(probeDefinition, { ...outputs, size: 7 }, inputs);
    assert.equal(diff.changes, true);
  });

  it("compares write-only fields with the configured value kept in the outputs", () => {
    assert.equal(diffOutputs(probeDefinition, outputs, { ...inputs }).changes, false);
    assert.equal(diffOutputs(probeDefinition, outputs, { ...inputs, token: "t2" }).changes, true);
  });

  it("ignores adopt, which matters only at create", () => {
    assert.equal(diffOutputs(probeDefinition, outputs, { ...inputs, adopt: true }).changes, false);
  });

  it("reports a change when only the timeouts change", () => {
    assert.equal(diffOutputs(probeDefinition, outputs, { ...inputs, timeouts: { create: 9 } }).changes, true);
  });

  it("reports a change while steps of a partial failure are pending", () => {
    assert.equal(diffOutputs(probeDefinition, { ...outputs, pending: ["deploy failed"] }, inputs).changes, true);
  });
});
