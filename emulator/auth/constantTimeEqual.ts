/** Compares a received signature with the recomputed one without leaking where they differ. */
import { timingSafeEqual } from "node:crypto";

export function constantTimeEqual(received: string, expected: string): boolean {
  const a = Buffer.from(received, "utf8");
  const b = Buffer.from(expected, "utf8");
  // timingSafeEqual needs equal lengths; compare b with itself so a length mismatch costs the same.
  if (a.length !== b.length) {
    timingSafeEqual(b, b);
    return false;
  }
  return timingSafeEqual(a, b);
}
