import { zlibSync } from 'fflate';
import { decodeBase64url, encodeBase64url } from './base64url';
import { CODEC1_DICTIONARY } from './codec1Dictionary';
import { crc32 } from './crc32';
import { inflateZlib } from './inflateCapped';
import { DECODE_LIMITS } from './limits';

/** What a codec's unpacking found: the JSON bytes, or the stage that refused it. */
export type UnpackResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; error: 'bad-characters' | 'incomplete' | 'corrupt' | 'unpacks-too-large'; note: string };

/**
 * One version of the link payload format. The codec version (the digits before the ".")
 * is separate from the document version inside: a codec says how the bytes are packed,
 * the document says what they mean. Every codec ever released stays here forever.
 */
export interface LinkCodec {
  /** The payload for the JSON text of a stored document. */
  pack(json: string): string;
  /** The JSON bytes a payload holds. Never throws. */
  unpack(payload: string): UnpackResult;
}

const utf8 = new TextEncoder();
const dictionary1 = utf8.encode(CODEC1_DICTIONARY);

/** Codec 1: base64url(zlib(JSON, level 9, preset dictionary {@link CODEC1_DICTIONARY})). */
export const codec1: LinkCodec = {
  pack(json) {
    return encodeBase64url(zlibSync(utf8.encode(json), { level: 9, dictionary: dictionary1 }));
  },
  unpack(payload) {
    const bytes = decodeBase64url(payload);
    if (typeof bytes === 'string') {
      return bytes === 'end'
        ? { ok: false, error: 'incomplete', note: 'the payload ends where no base64url text can end' }
        : { ok: false, error: 'bad-characters', note: 'the payload is not base64url' };
    }
    const out = inflateZlib(bytes, DECODE_LIMITS.unpackedBytes, dictionary1);
    if (!out.ok)
      return {
        ok: false,
        error: out.problem === 'too-large' ? 'unpacks-too-large' : 'corrupt',
        note: out.reason,
      };
    return out;
  },
};

/** The bytes of a CRC-32 at the end of a codec-2 payload. */
const CHECK_BYTES = 4;

/**
 * Codec 2: codec 1's zlib stream followed by the CRC-32 of the JSON (4 bytes, big-endian),
 * all base64url. zlib's Adler-32 misses some small changes (crc32.ts); the CRC-32 does not, so
 * a damaged link is refused rather than opened as a different diagram.
 */
export const codec2: LinkCodec = {
  pack(json) {
    const text = utf8.encode(json);
    const packed = zlibSync(text, { level: 9, dictionary: dictionary1 });
    const out = new Uint8Array(packed.length + CHECK_BYTES);
    out.set(packed);
    new DataView(out.buffer).setUint32(packed.length, crc32(text));
    return encodeBase64url(out);
  },
  unpack(payload) {
    const bytes = decodeBase64url(payload);
    if (typeof bytes === 'string') {
      return bytes === 'end'
        ? { ok: false, error: 'incomplete', note: 'the payload ends where no base64url text can end' }
        : { ok: false, error: 'bad-characters', note: 'the payload is not base64url' };
    }
    if (bytes.length <= CHECK_BYTES)
      return { ok: false, error: 'incomplete', note: 'the payload is too short' };
    const end = bytes.length - CHECK_BYTES;
    const out = inflateZlib(bytes.subarray(0, end), DECODE_LIMITS.unpackedBytes, dictionary1);
    if (!out.ok)
      return {
        ok: false,
        error: out.problem === 'too-large' ? 'unpacks-too-large' : 'corrupt',
        note: out.reason,
      };
    const expected = new DataView(bytes.buffer, bytes.byteOffset + end, CHECK_BYTES).getUint32(0);
    if (crc32(out.bytes) !== expected)
      return { ok: false, error: 'corrupt', note: 'the unpacked text does not match its check (CRC-32)' };
    return out;
  },
};

/** Codecs by their tag. A Map, never a plain object: a tag like "__proto__" finds nothing. */
export const LINK_CODECS: ReadonlyMap<string, LinkCodec> = new Map([
  ['1', codec1],
  ['2', codec2],
]);

/** The codec new links are written with. */
export const CURRENT_LINK_CODEC = '2';
