/** What the emulator core hands to a verifier: the request exactly as received. */
export interface AuthRequest {
  method: string;
  /** Path plus raw query, as on the request line (e.g. "/?Action=…"). */
  url: string;
  /** Lower-case names; values as received (Node joins repeated headers with ", "). */
  headers: Readonly<Record<string, string>>;
  /** The exact received body bytes (empty when there is none). */
  body: Buffer;
}

export function splitUrl(url: string): { path: string; rawQuery: string } {
  const q = url.indexOf("?");
  return q < 0 ? { path: url, rawQuery: "" } : { path: url.slice(0, q), rawQuery: url.slice(q + 1) };
}

/** Decoded pairs of a query string or form body, form semantics ("+" is a space, spec/signing.md §2.5 step 1). */
export function formPairs(text: string): Array<[string, string]> {
  return [...new URLSearchParams(text)];
}
