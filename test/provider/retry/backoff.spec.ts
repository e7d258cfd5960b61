import assert from "node:assert/strict";
import { backoffDelay } from "../../../provider/retry/backoff";
import { parseRetryAfter } from "../../../provider/retry/retryAfter";
import { normalizeRetryOptions, RETRY_DEFAULTS } from "../../../provider/retry/retryOptions";

const options = normalizeRetryOptions({ baseDelayMs: 100, maxDelayMs: 1_000 });

describe("backoffDelay", () => {
  it("draws a full-jitter delay inside a window that doubles per retry", () => {
    assert.equal(backoffDelay(1, options, () => 0.999, undefined), 99);
    assert.equal(backoffDelay(2, options, () => 0.5, undefined), 100);
    assert.equal(backoffDelay(3, options, () => 0.5, undefined), 200);
    assert.equal(backoffDelay(3, options, () => 0, undefined), 0);
  });

  it("caps the window at maxDelayMs", () => {
    assert.equal(backoffDelay(20, options, () => 0.5, undefined), 500);
  });

  it("waits at least the server's Retry-After", () => {
    assert.equal(backoffDelay(1, options, () => 0.5, 3), 3_000);
  });
});

describe("parseRetryAfter", () => {
  it("reads delta seconds", () => {
    assert.equal(parseRetryAfter("12", 0), 12);
  });

  it("reads an HTTP date relative to the clock", () => {
    const now = Date.UTC(2025, 2, 14, 15, 9, 26);
    assert.equal(parseRetryAfter("Fri, 14 Mar 2025 15:09:36 GMT", now), 10);
  });

  it("ignores garbage", () => {
    assert.equal(parseRetryAfter("soon", 0), undefined);
    assert.equal(parseRetryAfter(undefined, 0), undefined);
  });
});

describe("normalizeRetryOptions", () => {
  it("fills documented defaults", () => {
    assert.deepEqual(normalizeRetryOptions(), RETRY_DEFAULTS);
  });

  it("rejects a non-positive attempt count", () => {
    assert.throws(() => normalizeRetryOptions({ maxAttempts: 0 }), RangeError);
  });
});
