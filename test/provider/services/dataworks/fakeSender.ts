import { strict as assert } from "node:assert";
import type { AlibabaOperation, Operation, OperationSender } from "../../../../provider/operation";

/**
 * Stands in for the client: records every operation and answers with canned bodies, decoded with
 * the operation's own schema exactly as the client does last.
 */
export class FakeSender implements OperationSender {
  readonly sent: AlibabaOperation<unknown>[] = [];

  constructor(private readonly answer: (operation: AlibabaOperation<unknown>) => unknown) {}

  /** Answers the given bodies in order, one per call. */
  static answering(...bodies: unknown[]): FakeSender {
    let next = 0;
    return new FakeSender(() => {
      assert.ok(next < bodies.length, `unexpected call #${next + 1}`);
      return bodies[next++];
    });
  }

  async send<T>(operation: Operation<T>): Promise<T> {
    assert.equal(operation.cloud, "alibaba");
    if (operation.cloud !== "alibaba") throw new Error("unreachable");
    this.sent.push(operation as AlibabaOperation<unknown>);
    return operation.response.parse(this.answer(operation as AlibabaOperation<unknown>));
  }

  get only(): AlibabaOperation<unknown> {
    assert.equal(this.sent.length, 1, "expected exactly one operation");
    return this.sent[0] as AlibabaOperation<unknown>;
  }
}

/** A page of a standard-envelope list answer holding `items` under `listField`. */
export function standardPage(
  listField: string,
  items: unknown[],
  page: { pageNumber: number; pageSize: number; totalCount: number },
): unknown {
  return {
    RequestId: `req-${page.pageNumber}`,
    HttpStatusCode: 200,
    Success: true,
    Data: {
      PageNumber: page.pageNumber,
      PageSize: page.pageSize,
      TotalCount: page.totalCount,
      [listField]: items,
    },
  };
}
