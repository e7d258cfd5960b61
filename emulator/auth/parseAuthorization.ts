/**
 * Splits `ALGORITHM Key=value,Key=value,…` (ACS3: commas; Huawei: comma plus space, spec/signing.md
 * §3.4 step 9 and §4.2 step 9) into the algorithm and its fields. Undefined when malformed.
 */
export function parseAuthorization(
  header: string,
): { algorithm: string; fields: Record<string, string> } | undefined {
  const match = /^\s*(\S+)\s+(.+?)\s*$/.exec(header);
  if (match === null) return undefined;
  const fields: Record<string, string> = {};
  for (const part of match[2]!.split(",")) {
    const eq = part.indexOf("=");
    if (eq <= 0) return undefined;
    fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return { algorithm: match[1]!, fields };
}
