/**
 * Base64url without padding (RFC 4648, section 5), strict: only `A–Z a–z 0–9 - _`, no padding, no
 * whitespace, no impossible length, and the unused bits of the last character must be
 * zero — so each byte string has exactly one spelling and a changed character is never
 * silently ignored.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** `bytes` as base64url without padding. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
  }
  return out;
}

/**
 * Why a string is not base64url: a foreign character, or an end no encoding produces (a
 * length of 4k + 1, or spare bits set in the last character) — usually a link cut short.
 */
export type Base64urlProblem = 'character' | 'end';

/** The bytes `text` encodes, or what is wrong with it. Never throws. */
export function decodeBase64url(text: string): Uint8Array | Base64urlProblem {
  // A length of 4k+1 cannot come from any byte string: the text was cut short or grew.
  if (text.length % 4 === 1) return 'end';
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? VALUE[code] : -1;
    if (v < 0) return 'character';
    buffer = ((buffer << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, or two spellings would decode to the same bytes.
  if ((buffer & ((1 << bits) - 1)) !== 0) return 'end';
  return out;
}
