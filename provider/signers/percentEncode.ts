/**
 * The one percent-encoding of all three schemes (spec/signing.md "Conventions"): UTF-8 bytes,
 * `A–Z a–z 0–9 - _ . ~` kept, every other byte `%XX` with upper-case hex. A lone surrogate has no
 * UTF-8 form and is encoded as U+FFFD, as `Buffer.from(text)` would.
 *
 * ASCII text — nearly every name and value — is written in one pass over its code units with two
 * precomputed tables, instead of `encodeURIComponent` plus a regular-expression fix-up for `! ' ( ) *`:
 * every name and value of every request goes through here (several times for RPC v1), and the single
 * pass is about 2× cheaper on SQL-like text and costs nothing for all-unreserved text.
 */

/** 1 where the ASCII code unit is RFC 3986 unreserved and stays as it is. */
const UNRESERVED = new Uint8Array(128);
for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~") {
  UNRESERVED[char.charCodeAt(0)] = 1;
}

/** `%XX` for the ASCII code units, upper-case hex. */
const ASCII_ESCAPES: readonly string[] = Array.from(
  { length: 128 },
  (_, unit) => "%" + unit.toString(16).toUpperCase().padStart(2, "0"),
);

/** The five characters `encodeURIComponent` keeps but RFC 3986 does not count as unreserved. */
function isKeptByEncodeUriComponent(unit: number): boolean {
  return unit === 0x21 || unit === 0x27 || unit === 0x28 || unit === 0x29 || unit === 0x2a;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text with a non-ASCII character: the native UTF-8 encoder, then `! ' ( ) *` escaped. Slicing runs out
 * of such a string (V8 stores it two bytes per character) would make the result two-byte as well, and
 * every later step — concatenation, hashing, the RPC string to sign — pays for that; the native encoder
 * returns one-byte text.
 */
function encodeNonAscii(text: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    // A lone surrogate has no UTF-8 form; encode it as U+FFFD, as Buffer.from(text) would.
    encoded = encodeURIComponent(text.replace(LONE_SURROGATE, "\uFFFD"));
  }
  let out = "";
  let runStart = 0;
  for (let i = 0; i < encoded.length; i++) {
    const unit = encoded.charCodeAt(i);
    if (!isKeptByEncodeUriComponent(unit)) continue;
    out += encoded.slice(runStart, i) + ASCII_ESCAPES[unit]!;
    runStart = i + 1;
  }
  return runStart === 0 ? encoded : out + encoded.slice(runStart);
}

function isUnreserved(unit: number): boolean {
  return unit < 0x80 && UNRESERVED[unit] === 1;
}

export function percentEncode(text: string): string {
  const length = text.length;
  let i = 0;
  while (i < length && isUnreserved(text.charCodeAt(i))) i++;
  // Fast path: most names and many values (ids, numbers, enum values) need no work.
  if (i === length) return text;

  let out = text.slice(0, i);
  /** Start of the pending run of unreserved characters, copied in one slice. */
  let runStart = i;
  for (; i < length; i++) {
    const unit = text.charCodeAt(i);
    if (isUnreserved(unit)) continue;
    if (unit >= 0x80) return encodeNonAscii(text);
    out += text.slice(runStart, i) + ASCII_ESCAPES[unit]!;
    runStart = i + 1;
  }
  return runStart < length ? out + text.slice(runStart) : out;
}
