/**
 * An `OperationSender` that records every operation and answers canned bodies, decoding them with
 * the operation's own schema the way the real client does. An `Error` answer is thrown instead.
 */
import assert from "node:assert/strict";
import type { HuaweiOperation, Operation, OperationSender } from "../../../../provider/operation";

export type Answer = (operation: HuaweiOperation<unknown>, index: number) => unknown;

export class FakeSender implements OperationSender {
  readonly operations: HuaweiOperation<unknown>[] = [];

  constructor(private readonly answer: Answer) {}

  /** Answers `bodies` in order, one per call. */
  static answering(...bodies: unknown[]): FakeSender {
    return new FakeSender((_, index) => {
      assert.ok(index < bodies.length, `unexpected call #${index + 1}`);
      return bodies[index];
    });
  }

  async send<T>(operation: Operation<T>): Promise<T> {
    assert.equal(operation.cloud, "huawei");
    const huawei = operation as HuaweiOperation<T>;
    this.operations.push(huawei as HuaweiOperation<unknown>);
    const body = this.answer(huawei as HuaweiOperation<unknown>, this.operations.length - 1);
    if (body instanceof Error) throw body;
    return huawei.response.parse(body);
  }

  /** The only operation sent. */
  get sent(): HuaweiOperation<unknown> {
    assert.equal(this.operations.length, 1, "expected exactly one operation");
    return this.operations[0] as HuaweiOperation<unknown>;
  }
}

/** The request-shaped part of an operation, for one deepEqual. */
export function requestOf(operation: HuaweiOperation<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    service: operation.service,
    action: operation.action,
    method: operation.method,
    path: operation.path,
    idempotent: operation.idempotent,
  };
  if (operation.query !== undefined) out.query = operation.query;
  if (operation.body !== undefined) out.body = operation.body;
  return out;
}
