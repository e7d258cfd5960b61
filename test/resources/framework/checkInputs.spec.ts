import { strict as assert } from "node:assert";
import { checkInputs } from "../../../resources/framework/checkInputs";
import { UNKNOWN } from "../../../resources/framework/unknown";
import { probeDefinition } from "../../../resources/probe/probe";

describe("checkInputs", () => {
  it("normalises names and applies defaults when the inputs are valid", () => {
    const result = checkInputs(probeDefinition, { name: "  Alpha " });
    assert.deepEqual(result, { inputs: { name: "alpha", region: "local", size: 1, adopt: false } });
  });

  it("reports every failure at once with the property, what was given and what is allowed", () => {
    const result = checkInputs(probeDefinition, { name: "", size: 500, color: "pink" });
    const failures = result.failures ?? [];
    assert.deepEqual(
      failures.map((f) => f.property),
      ["name", "size", "color"],
    );
    assert.match(failures[1]!.reason, /<=100.*given: 500/);
    assert.match(failures[2]!.reason, /"red"\|"green"\|"blue".*given: "pink"/);
  });

  it("reports a property the resource does not take", () => {
    const result = checkInputs(probeDefinition, { name: "a", colour: "red" });
    assert.equal(result.failures?.[0]?.property, "colour");
    assert.match(result.failures?.[0]?.reason ?? "", /unknown property; allowed: name, region/);
  });

  it("passes unknown values through without errors during preview", () => {
    const result = checkInputs(probeDefinition, { name: UNKNOWN, size: UNKNOWN, color: "red" });
    assert.equal(result.failures, undefined);
    assert.equal(result.inputs.name, UNKNOWN);
    assert.equal(result.inputs.size, UNKNOWN);
  });

  it("skips cross-field rules while an input is unknown", () => {
    const result = checkInputs(probeDefinition, { name: "a", size: 50, color: "red", note: UNKNOWN });
    assert.equal(result.failures, undefined);
  });

  it("reports a cross-field rule once every input is known", () => {
    const result = checkInputs(probeDefinition, { name: "a", size: 50, color: "red" });
    assert.deepEqual(result.failures, [{ property: "size", reason: "red probes are at most 10 large (given: 50)" }]);
  });

  it("never echoes a secret input in a failure", () => {
    const result = checkInputs(probeDefinition, { name: "a", token: 12345 });
    assert.match(result.failures?.[0]?.reason ?? "", /given: \[secret\]/);
    assert.doesNotMatch(result.failures?.[0]?.reason ?? "", /12345/);
  });

  it("validates the timeouts input in minutes", () => {
    const result = checkInputs(probeDefinition, { name: "a", timeouts: { create: -1, destroy: 3 } });
    assert.deepEqual(
      result.failures?.map((f) => f.property),
      ["timeouts.create", "timeouts"],
    );
  });

  it("keeps adopt: true for the create step", () => {
    const result = checkInputs(probeDefinition, { name: "a", adopt: true });
    assert.equal(result.inputs.adopt, true);
  });
});
