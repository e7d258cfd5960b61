/**
 * Huawei CanonicalURI (spec/signing.md §4.2 step 1, §4.4 step 3): percent-encode each *decoded*
 * `/`-separated segment, re-join, append "/" if missing. Building it from decoded segments is what avoids
 * the SDK's double-encoding bug (`q a` → `q%2520a`, §4.5).
 */
import { percentEncode } from "../percentEncode";

/** The path as it goes on the wire: each decoded segment percent-encoded (no trailing "/" added). */
export function huaweiEncodePath(decodedPath: string): string {
  const segments = decodedPath.split("/");
  for (let i = 0; i < segments.length; i++) segments[i] = percentEncode(segments[i]!);
  return segments.join("/");
}

export function huaweiCanonicalUri(decodedPath: string): string {
  const encoded = huaweiEncodePath(decodedPath);
  return encoded.endsWith("/") ? encoded : encoded + "/";
}
