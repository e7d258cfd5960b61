import assert from "node:assert/strict";
import { z } from "zod";
import { serviceOptionsReader } from "../../../emulator/services/serviceOptionsReader";

const read = serviceOptionsReader(
  z.object({ waitMs: z.number().int().nonnegative().default(1_000), name: z.string().optional() }),
);

describe("serviceOptionsReader", () => {
  it("fills in the schema's defaults and ignores other services' keys", () => {
    const options = { "dataworks.strictDelete": false, name: "x" };
    assert.deepEqual(read(options), { waitMs: 1_000, name: "x" });
  });

  it("parses one options object once and returns the same value on later calls", () => {
    const options = { waitMs: 5 };
    assert.equal(read(options), read(options));
  });

  it("rejects an option its schema does not accept, on every call", () => {
    const options = { waitMs: -1 };
    assert.throws(() => read(options), z.ZodError);
    assert.throws(() => read(options), z.ZodError);
  });
});
