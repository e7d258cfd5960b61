/**
 * The one percent-encoding of all three schemes (spec/signing.md "Conventions"): UTF-8 bytes,
 * `A–Z a–z 0–9 - _ . ~` kept, every other byte `%XX` with upper-case hex.
 */

const UNRESERVED_ONLY = /^[A-Za-z0-9\-_.~]*$/;
/** `encodeURIComponent` keeps these five, RFC 3986 unreserved does not. */
const SUB_DELIMS_KEPT_BY_ENCODE_URI_COMPONENT = /[!'()*]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeSubDelim(char: string): string {
  return "%" + char.charCodeAt(0).toString(16).toUpperCase();
}

export function percentEncode(text: string): string {
  // Fast path: most names and many values (ids, numbers, dates after encoding) need no work.
  if (UNRESERVED_ONLY.test(text)) return text;
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    // A lone surrogate has no UTF-8 form; encode it as U+FFFD, as Buffer.from(text) would.
    encoded = encodeURIComponent(text.replace(LONE_SURROGATE, "\uFFFD"));
  }
  return encoded.replace(SUB_DELIMS_KEPT_BY_ENCODE_URI_COMPONENT, escapeSubDelim);
}
