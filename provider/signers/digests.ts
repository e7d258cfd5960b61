/** The three digests the schemes use, over UTF-8 text or the exact received bytes. */
import { createHash, createHmac } from "node:crypto";

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export function hmacSha256Hex(key: string, data: string): string {
  return createHmac("sha256", key).update(data).digest("hex");
}

export function hmacSha1Base64(key: string, data: string): string {
  return createHmac("sha1", key).update(data).digest("base64");
}
