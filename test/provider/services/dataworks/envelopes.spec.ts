import { strict as assert } from "node:assert";
import { z } from "zod";
import {
  bareEnvelope,
  standardEnvelope,
  tenantEnvelope,
} from "../../../../provider/services/dataworks/envelopes";

const standard = standardEnvelope({ Data: z.number() });
const tenant = tenantEnvelope({ Data: z.boolean() });
const bare = bareEnvelope({});

describe("envelopes", () => {
  it("the standard envelope ignores placeholder ErrorCode/ErrorMessage in successes (§0.3)", () => {
    const body = {
      RequestId: "r",
      HttpStatusCode: 200,
      Success: true,
      Data: 1,
      ErrorCode: "Invalid.Tenant.ConnectionNotExists",
      ErrorMessage: "x",
    };
    assert.equal(standard.parse(body).Data, 1);
  });

  it("the standard envelope requires HttpStatusCode and Success", () => {
    assert.equal(standard.safeParse({ RequestId: "r", Data: 1 }).success, false);
  });

  it("the tenant envelope accepts HttpStatusCode as String or Integer (§1.6)", () => {
    for (const status of ["200", 200]) {
      const body = { RequestId: "r", HttpStatusCode: status, Success: true, Data: true };
      assert.equal(tenant.parse(body).HttpStatusCode, 200);
    }
  });

  it("the bare envelope needs only RequestId", () => {
    assert.deepEqual(bare.parse({ RequestId: "r" }), { RequestId: "r" });
  });
});
