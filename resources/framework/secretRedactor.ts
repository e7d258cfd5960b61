/**
 * Keys whose value is a secret wherever they appear, compared without case, `_` or `-`: connection
 * properties and nested settings carry passwords and keys under these names (ARCHITECTURE
 * decision 3: a secret is never printed). `accessKey` also covers `accessKeyId` and
 * `accessKeySecret`; masking an ID too is the safe side.
 */
const SECRET_KEY =
  /password|passwd|secret|accesskey|securitytoken|token|credential|privatekey|apikey/;
const SECRET_KEY_EXACT = new Set(["sk", "pwd"]);

/** Below this length a "secret" is no real secret, and replacing it would garble messages. */
const MIN_SCRUBBED_LENGTH = 4;

export const SECRET_MASK = "[secret]";

/** Describes values for check failures without ever printing a secret. */
export interface SecretRedactor {
  /** The value at `path` of the inputs, for a message; masked whole when it is a secret. */
  describe(path: readonly PropertyKey[]): string;
  /** Replaces any secret value of the inputs quoted in a message (a rule may quote what it got). */
  scrub(text: string): string;
}

/**
 * A secret is a top-level field in `secretFields` (policy `secret`) or any value under a key named
 * like a secret, at any depth; everything inside a secret is secret.
 */
export function secretRedactor(
  inputs: Record<string, unknown>,
  secretFields: ReadonlySet<string>,
): SecretRedactor {
  const isSecretAt = (key: PropertyKey, depth: number) =>
    (depth === 0 && secretFields.has(String(key))) || isSecretKey(key);

  const secrets = new Set<string>();
  collectSecrets(inputs, 0, false, isSecretAt, secrets);
  // Longest first, so a secret containing another one is replaced whole.
  const scrubbed = [...secrets]
    .filter((s) => s.length >= MIN_SCRUBBED_LENGTH)
    .sort((a, b) => b.length - a.length);

  return {
    describe: (path) => {
      if (path.some((key, depth) => isSecretAt(key, depth))) return SECRET_MASK;
      return describeValue(masked(valueAt(inputs, path), path.length, isSecretAt));
    },
    scrub: (text) =>
      scrubbed.reduce((result, secret) => result.split(secret).join(SECRET_MASK), text),
  };
}

function isSecretKey(key: PropertyKey): boolean {
  if (typeof key !== "string") return false;
  const name = key.toLowerCase().replace(/[-_]/g, "");
  return SECRET_KEY.test(name) || SECRET_KEY_EXACT.has(name);
}

type SecretTest = (key: PropertyKey, depth: number) => boolean;

/** The value with every secret inside it replaced by the mask. */
function masked(value: unknown, depth: number, isSecretAt: SecretTest): unknown {
  if (Array.isArray(value)) return value.map((item) => masked(item, depth + 1, isSecretAt));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      isSecretAt(key, depth) ? SECRET_MASK : masked(item, depth + 1, isSecretAt),
    ]),
  );
}

function collectSecrets(
  value: unknown,
  depth: number,
  inSecret: boolean,
  isSecretAt: SecretTest,
  into: Set<string>,
): void {
  if (Array.isArray(value)) {
    for (const item of value) collectSecrets(item, depth + 1, inSecret, isSecretAt, into);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      collectSecrets(item, depth + 1, inSecret || isSecretAt(key, depth), isSecretAt, into);
    }
  } else if (inSecret && (typeof value === "string" || typeof value === "number")) {
    into.add(String(value));
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
