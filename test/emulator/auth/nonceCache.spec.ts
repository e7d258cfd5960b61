import assert from "node:assert/strict";
import { NonceCache } from "../../../emulator/auth";

const MINUTE = 60_000;

describe("NonceCache", () => {
  it("accepts a nonce the first time and refuses it again within 15 minutes", () => {
    const cache = new NonceCache();
    assert.equal(cache.checkAndRemember("n", 0), true);
    assert.equal(cache.checkAndRemember("n", 15 * MINUTE - 1), false);
  });

  it("accepts a nonce again once its 15-minute window has passed", () => {
    const cache = new NonceCache();
    cache.checkAndRemember("n", 0);
    assert.equal(cache.checkAndRemember("n", 15 * MINUTE), true);
  });

  it("forgets expired nonces so memory stays bounded by the window", () => {
    const cache = new NonceCache();
    for (let i = 0; i < 1000; i++) cache.checkAndRemember(`n-${i}`, i);
    assert.equal(cache.size, 1000);
    cache.checkAndRemember("later", 1000 + 15 * MINUTE);
    assert.equal(cache.size, 1);
  });

  it("honours a custom window", () => {
    const cache = new NonceCache(1000);
    cache.checkAndRemember("n", 0);
    assert.equal(cache.checkAndRemember("n", 999), false);
    assert.equal(cache.checkAndRemember("n", 1000), true);
  });
});
