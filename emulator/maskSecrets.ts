/**
 * The request log never holds a secret (ARCHITECTURE decision 3), nor does an error body echoing
 * the request (RPC v1 string to sign, a data source's JDBC URL): any field whose name looks like a
 * password, secret, key or token is replaced, recursively, including inside string values that are
 * JSON documents (DataWorks `Content` of a data source carries the database password,
 * spec/dataworks.md §2.7.2), and so is every parameter a service lists in `secretParams`. CDM
 * sends its parameters as `{ "name": "linkConfig.password", "value": "…" }` pairs (spec/cdm.md
 * §3.2, §4.3), so the `value` of such a pair is masked when its `name` is a secret one.
 */
export const MASK = "******";

const SECRET_NAME = /pass(word)?|pwd|secret|token|key|credential|signature|authorization/i;

/** Names that match the pattern above but identify rather than authenticate. */
const NOT_SECRET = new Set(["accesskeyid", "signaturemethod", "signatureversion", "signaturenonce"]);

/**
 * Short CDM parameter names too generic for the pattern above, secret by spec/cdm.md §3.5.15: link
 * `sk` / `ak` (DIS, DLI), the property maps that may carry credentials, and the jobs' encryption
 * `dek` / `iv` (§4.13.3, §4.14.2).
 */
const SECRET_PARAMETER = new Set(["sk", "ak", "jdbcproperties", "properties", "dek", "iv"]);

export function isSecretName(name: string, extra: ReadonlySet<string>): boolean {
  if (extra.has(name)) return true;
  if (NOT_SECRET.has(name.toLowerCase())) return false;
  return SECRET_NAME.test(lastPart(name));
}

/** A `{name, value}` parameter is secret when its name's last part is (`linkConfig.password`). */
export function isSecretParameter(name: string, extra: ReadonlySet<string>): boolean {
  return isSecretName(name, extra) || SECRET_PARAMETER.has(lastPart(name).toLowerCase());
}

/** Flattened names (`Content.Password`, `Tags.1.Key`, `linkConfig.sk`): judged by the last part. */
function lastPart(name: string): string {
  return name.split(".").filter((part) => !/^\d+$/.test(part)).pop() ?? name;
}

export function maskSecrets(value: unknown, extra: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item, extra));
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const pairName = record["name"];
    const secretPair =
      typeof pairName === "string" && "value" in record && isSecretParameter(pairName, extra);
    const out: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(record)) {
      const secret = isSecretName(name, extra) || (secretPair && name === "value");
      out[name] = secret ? MASK : maskSecrets(field, extra);
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
