/**
 * The engine's wire encodings that a stand-in engine has to reproduce (engine.md §2.4):
 * the secret envelope and the unknown sentinel.
 */
const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

/** A program-side unknown value during preview. */
export const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export interface SecretEnvelope {
  readonly [SIG_KEY]: typeof SECRET_SIG;
  readonly value: unknown;
}

export function secretEnvelope(value: unknown): SecretEnvelope {
  return { [SIG_KEY]: SECRET_SIG, value };
}

export function isSecretEnvelope(value: unknown): value is SecretEnvelope {
  return typeof value === "object" && value !== null && (value as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;
}

/** Replaces every envelope by its value (what the engine does for a provider with acceptSecrets=false). */
export function unwrapSecrets(value: unknown): unknown {
  if (isSecretEnvelope(value)) return unwrapSecrets(value.value);
  if (Array.isArray(value)) return value.map(unwrapSecrets);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrapSecrets(v)]));
  }
  return value;
}

/** The top-level keys whose value is a secret envelope. */
export function secretKeys(props: Record<string, unknown>): string[] {
  return Object.entries(props)
    .filter(([, value]) => isSecretEnvelope(value))
    .map(([key]) => key);
}
