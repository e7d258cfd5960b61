/**
 * Remembers signature nonces for a window (default 15 minutes, spec/signing.md §2.5 step 4 and §3.5
 * step 5 [convention]) so a replayed request is refused. Memory stays bounded by the request rate
 * times the window: every call first sweeps the entries that have expired. Pure: the time is an argument.
 */
export const NONCE_WINDOW_MS = 15 * 60_000;

export class NonceCache {
  /** nonce → expiry (epoch ms), in insertion order, which is expiry order while the clock only advances. */
  private readonly expiries = new Map<string, number>();

  constructor(readonly windowMs: number = NONCE_WINDOW_MS) {}

  /** True if the nonce is fresh (and now remembered); false if it was seen within the window. */
  checkAndRemember(nonce: string, nowMs: number): boolean {
    this.sweep(nowMs);
    const expiry = this.expiries.get(nonce);
    if (expiry !== undefined && expiry > nowMs) return false;
    this.expiries.delete(nonce);
    this.expiries.set(nonce, nowMs + this.windowMs);
    return true;
  }

  /** Number of nonces currently remembered. */
  get size(): number {
    return this.expiries.size;
  }

  private sweep(nowMs: number): void {
    for (const [nonce, expiry] of this.expiries) {
      if (expiry > nowMs) break;
      this.expiries.delete(nonce);
    }
  }
}
