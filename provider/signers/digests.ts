/** The three digests the schemes use, over UTF-8 text or the exact received bytes. */
import { createHmac, hash } from "node:crypto";

export function sha256Hex(data: string | Uint8Array): string {
  // One-shot `crypto.hash` (Node ≥ 20.12; engines ≥ 20.18.1) skips the Hash object: ~2× cheaper here.
  return hash("sha256", data, "hex");
}

export function hmacSha256Hex(key: string, data: string): string {
  return createHmac("sha256", key).update(data).digest("hex");
}

export function hmacSha1Base64(key: string, data: string): string {
  return createHmac("sha1", key).update(data).digest("base64");
}
