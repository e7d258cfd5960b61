/**
 * Last line of defence for messages: every CloudError text built from a server's answer passes
 * through here with the secrets of the attempt (secret keys, tokens, passwords, signatures), in
 * case a gateway echoes part of the request back.
 */
const MASK = "***";
/** Shorter values (e.g. a region) are not secrets and would mask ordinary words. */
const MIN_SECRET_LENGTH = 6;

export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret !== undefined && secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(MASK);
  }
  return out;
}
