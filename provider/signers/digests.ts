/** The three digests the schemes use, over UTF-8 text or the exact received bytes. */
import { createHmac, hash } from "node:crypto";

export function sha256Hex(data: string | Uint8Array): string {
  // One-shot `crypto.hash` (Node ≥ 20.12; engines ≥ 20.18.1) skips the Hash object: ~1.3× cheaper here.
  return hash("sha256", data, "hex");
}

/** RFC 2104 "B": the block size of SHA-1 and SHA-256, in bytes. */
const BLOCK_BYTES = 64;
/** Key bytes XOR 0x36 / 0x5c for every ASCII key byte; a zero byte (the padding) gives "6" / "\". */
const INNER_PAD: readonly string[] = Array.from({ length: 128 }, (_, b) => String.fromCharCode(b ^ 0x36));
const OUTER_PAD: readonly string[] = Array.from({ length: 128 }, (_, b) => String.fromCharCode(b ^ 0x5c));
const INNER_FILL = INNER_PAD[0]!.repeat(BLOCK_BYTES);
const OUTER_FILL = OUTER_PAD[0]!.repeat(BLOCK_BYTES);

/**
 * HMAC (RFC 2104) as two one-shot hashes: H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ text)), K zero-padded to the
 * block size. `createHmac` builds a native Hmac object and three JS↔C++ crossings per call, which cost
 * more than the hashing itself for request-sized text (~25 % of every signature, bench/signing.bench.ts).
 *
 * The padded key is built as text, which is only its exact bytes when every key byte is ASCII: access
 * key secrets are (Alibaba: 30 characters, Huawei: 40), and any other key — non-ASCII or longer than a
 * block, which RFC 2104 hashes first — goes through `createHmac`. Nothing is cached between calls.
 */
function hmac(algorithm: "sha1" | "sha256", key: string, data: string, encoding: "hex" | "base64"): string {
  if (key.length > BLOCK_BYTES) return createHmac(algorithm, key).update(data).digest(encoding);
  let inner = "";
  let outer = "";
  for (let i = 0; i < key.length; i++) {
    const byte = key.charCodeAt(i);
    if (byte > 0x7f) return createHmac(algorithm, key).update(data).digest(encoding);
    inner += INNER_PAD[byte]!;
    outer += OUTER_PAD[byte]!;
  }
  inner += INNER_FILL.slice(key.length);
  outer += OUTER_FILL.slice(key.length);
  // The inner digest is binary: carried as latin1 text ("binary": one char per byte) into the outer block.
  const innerDigest = hash(algorithm, inner + data, "binary");
  return hash(algorithm, Buffer.from(outer + innerDigest, "latin1"), encoding);
}

export function hmacSha256Hex(key: string, data: string): string {
  return hmac("sha256", key, data, "hex");
}

export function hmacSha1Base64(key: string, data: string): string {
  return hmac("sha1", key, data, "base64");
}
