import assert from "node:assert/strict";
import { TokenBucket } from "../../../provider/throttle/tokenBucket";

describe("TokenBucket", () => {
  it("lets the first call through at once", () => {
    const bucket = new TokenBucket({ perSecond: 5, burst: 1 }, 0);
    assert.equal(bucket.reserve(0), 0);
  });

  it("spaces calls made together by 1/rate, queueing them in order", () => {
    const bucket = new TokenBucket({ perSecond: 5, burst: 1 }, 0);
    assert.deepEqual([bucket.reserve(0), bucket.reserve(0), bucket.reserve(0)], [0, 200, 400]);
  });

  it("refills with time, up to the burst", () => {
    const bucket = new TokenBucket({ perSecond: 5, burst: 2 }, 0);
    bucket.reserve(0);
    bucket.reserve(0);
    assert.equal(bucket.reserve(10_000), 0);
    assert.equal(bucket.reserve(10_000), 0);
    assert.equal(bucket.reserve(10_000), 200);
  });

  it("expresses per-minute limits (CDM create cluster, 5/min)", () => {
    const bucket = new TokenBucket({ perSecond: 5 / 60, burst: 1 }, 0);
    bucket.reserve(0);
    assert.equal(bucket.reserve(0), 12_000);
  });
});
