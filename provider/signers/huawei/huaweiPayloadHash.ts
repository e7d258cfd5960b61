/**
 * Huawei payload hash (spec/signing.md §4.2 step 5): the `X-Sdk-Content-Sha256` value when present
 * (`UNSIGNED-PAYLOAD`, §4.3), else lower-case hex SHA-256 of the exact body bytes (never of a
 * re-serialisation: the SDK's JSON.stringify-of-a-string quirk, §4.5), "" when there is no body.
 */
import { HUAWEI_HEADER } from "../constants";
import { sha256Hex } from "../digests";

export function huaweiPayloadHash(
  headers: Readonly<Record<string, string>>,
  body: string | Uint8Array | undefined,
): string {
  const declared = headers[HUAWEI_HEADER.contentSha256];
  if (declared !== undefined) return declared.trim();
  return sha256Hex(body ?? "");
}
