import { strict as assert } from "node:assert";
import { z } from "zod";
import type { AnyResourceDefinition } from "../../../resources/framework/resourceDefinition";
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

  describe("secrets in nested values", () => {
    /** The probe with a nested connection object and a nested secret field, as data sources. */
    const nested: AnyResourceDefinition = {
      ...probeDefinition,
      fields: {
        ...probeDefinition.fields,
        connection: z
          .strictObject({
            host: z.string(),
            port: z.number().optional(),
            auth: z.object({ user: z.string(), password: z.string() }).optional(),
            securityToken: z.string().optional(),
            sk: z.string().optional(),
            access_key: z.string().optional(),
          })
          .optional(),
        credentials: z.object({ user: z.string(), key: z.string() }).optional(),
      },
      policy: { ...probeDefinition.policy, connection: "update", credentials: "secret" },
      rules: (inputs: Record<string, unknown>, issues: { add(p: string, m: string): void }) => {
        const connection = inputs.connection as { auth?: { password: string } } | undefined;
        if (connection?.auth?.password === "hunter2-rule") {
          issues.add("connection.port", `password ${connection.auth.password} is on the deny list`);
        }
      },
    };
    const reasons = (news: Record<string, unknown>) =>
      (checkInputs(nested, news).failures ?? [])
        .map((f) => `${f.property}: ${f.reason}`)
        .join("\n");

    it("masks an invalid value under a secret-like key inside a plain field", () => {
      const text = reasons({
        name: "a",
        connection: { host: "h", auth: { user: "u", password: 987654 } },
      });
      assert.match(text, /connection\.auth\.password: .*given: \[secret\]/);
      assert.doesNotMatch(text, /987654/);
    });

    it("masks secret-like keys, whatever their case or separator, inside a value it prints", () => {
      const text = reasons({
        name: "a",
        connection: {
          host: "db.local",
          auth: { user: "u", password: "hunter2-pw" },
          securityToken: "sts-token-xyz",
          sk: "sk-value-123",
          access_key: "ak-secret-456",
          extra: 1,
        },
      });
      assert.match(text, /connection: .*"host":"db\.local"/);
      assert.doesNotMatch(text, /hunter2-pw|sts-token-xyz|sk-value-123|ak-secret-456/);
    });

    it("masks every value inside a secret field, however deep the failure", () => {
      const text = reasons({ name: "a", credentials: { user: "admin-user-1", key: 4242 } });
      assert.match(text, /credentials\.key: .*given: \[secret\]/);
      assert.doesNotMatch(text, /4242|admin-user-1/);
    });

    it("removes a secret that a rule's message quotes", () => {
      const text = reasons({
        name: "a",
        connection: { host: "h", auth: { user: "u", password: "hunter2-rule" } },
      });
      assert.match(text, /password \[secret\] is on the deny list/);
      assert.doesNotMatch(text, /hunter2-rule/);
    });
  });
});
