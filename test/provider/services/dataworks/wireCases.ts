import { strict as assert } from "node:assert";
import type { z } from "zod";
import type { DataWorksLevel, OperationSender } from "../../../../provider/operation";
import { FakeSender } from "./fakeSender";

/** One typed function, called once against a canned answer (usually the spec example). */
export interface WireCase {
  readonly call: (client: OperationSender) => Promise<unknown>;
  readonly answer: unknown;
  readonly action: string;
  /** Exactly the parameters expected on the wire (names and values). */
  readonly params: Record<string, unknown>;
  readonly level: DataWorksLevel;
  readonly idempotent: boolean;
  /** What the typed function returns for `answer`. */
  readonly result: unknown;
}

/** For each function: its wire action and parameters, level, idempotency and typed result. */
export function describeWireCases(cases: Record<string, WireCase>): void {
  for (const [name, wire] of Object.entries(cases)) {
    describe(`${name} on the wire`, () => {
      const run = async (): Promise<{ sender: FakeSender; result: unknown }> => {
        const sender = FakeSender.answering(wire.answer);
        const result = await wire.call(sender);
        return { sender, result };
      };

      it(`sends the ${wire.action} action`, async () => {
        const { sender } = await run();
        assert.equal(sender.only.action, wire.action);
      });

      it("sends exactly the documented parameter names and values", async () => {
        const { sender } = await run();
        assert.deepEqual(sender.only.params, wire.params);
      });

      it(`is throttled as level ${wire.level} (spec §1.8)`, async () => {
        const { sender } = await run();
        assert.equal(sender.only.level, wire.level);
      });

      it(wire.idempotent ? "may be retried blindly" : "is never retried blindly", async () => {
        const { sender } = await run();
        assert.equal(sender.only.idempotent, wire.idempotent);
      });

      it("returns the useful part of the answer, typed", async () => {
        const { result } = await run();
        assert.deepEqual(result, wire.result);
      });
    });
  }
}

/** Decode-side table: bodies a response schema must accept (with their output) or reject. */
export function describeDecoding(
  title: string,
  schema: z.ZodType,
  table: {
    accepts?: ReadonlyArray<readonly [string, unknown, unknown]>;
    rejects?: ReadonlyArray<readonly [string, unknown]>;
  },
): void {
  describe(title, () => {
    for (const [name, body, expected] of table.accepts ?? []) {
      it(`accepts ${name}`, () => {
        const decoded = schema.safeParse(body);
        assert.ok(decoded.success, decoded.success ? "" : decoded.error.message);
        assert.deepEqual(decoded.data, expected);
      });
    }
    for (const [name, body] of table.rejects ?? []) {
      it(`rejects ${name}`, () => {
        assert.equal(schema.safeParse(body).success, false);
      });
    }
  });
}

/** Asserts that a call is refused before anything is sent. */
export async function assertRefusedInput(
  call: (client: OperationSender) => Promise<unknown>,
  messagePart: RegExp,
): Promise<void> {
  const sender = new FakeSender(() => assert.fail("nothing should be sent"));
  await assert.rejects(call(sender), (error: unknown) => {
    assert.equal((error as { name?: string }).name, "CloudError");
    assert.equal((error as { category?: string }).category, "invalid");
    assert.equal((error as { code?: string }).code, "InvalidInput");
    assert.match((error as Error).message, messagePart);
    return true;
  });
  assert.equal(sender.sent.length, 0);
}

/** Replaces top-level fields of a body (to build malformed variants of spec examples). */
export function withFields(body: unknown, fields: Record<string, unknown>): unknown {
  return { ...(body as Record<string, unknown>), ...fields };
}
