/**
 * The request log never holds a secret (ARCHITECTURE decision 3): any field whose name looks like a
 * password, secret, key or token is replaced, recursively, including inside string values that are
 * JSON documents (DataWorks `Content` of a data source carries the database password,
 * spec/dataworks.md §2.7.2), and so is every parameter a service lists in `secretParams`.
 */
export const MASK = "******";

const SECRET_NAME = /pass(word)?|pwd|secret|token|key|credential|signature|authorization/i;

/** Names that match the pattern above but identify rather than authenticate. */
const NOT_SECRET = new Set(["accesskeyid", "signaturemethod", "signatureversion", "signaturenonce"]);

export function isSecretName(name: string, extra: ReadonlySet<string>): boolean {
  if (extra.has(name)) return true;
  if (NOT_SECRET.has(name.toLowerCase())) return false;
  // Flattened Alibaba names (`Content.Password`, `Tags.1.Key`) are judged by their last part.
  const last = name.split(".").filter((part) => !/^\d+$/.test(part)).pop() ?? name;
  return SECRET_NAME.test(last);
}

export function maskSecrets(value: unknown, extra: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item, extra));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(value as Record<string, unknown>)) {
      out[name] = isSecretName(name, extra) ? MASK : maskSecrets(field, extra);
    }
    return out;
  }
  if (typeof value === "string") return maskJsonString(value, extra);
  return value;
}

/** A string that holds a JSON object or array is masked inside and re-serialised. */
function maskJsonString(text: string, extra: ReadonlySet<string>): string {
  const first = text.trimStart()[0];
  if (first === "{" || first === "[") {
    try {
      return JSON.stringify(maskSecrets(JSON.parse(text) as unknown, extra));
    } catch {
      // Not JSON after all: fall through to the key=value rule.
    }
  }
  // Free text may still carry `password=…` pairs (JDBC URLs, properties text).
  return text.replace(SECRET_PAIR, `$1$2$3${MASK}`);
}

const SECRET_PAIR = /(pass(?:word)?|pwd|secret|token)(\s*)([=:]\s*)[^\s&;,"]+/gi;
