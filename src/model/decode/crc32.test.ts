import { describe, expect, it } from 'vitest';
import { decode } from '..';
import { Adler32 } from './adler32';
import { decodeBase64url, encodeBase64url } from './base64url';
import { crc32 } from './crc32';
import { codec1, codec2 } from './linkCodecs';

const bytes = (s: string) => new TextEncoder().encode(s);
const adler = (s: string) => {
  const a = new Adler32();
  a.update(bytes(s));
  return a.value();
};

// Two documents that differ by +1, −2, +1 in three neighbouring digits: Adler-32 cannot tell
// them apart (both of its sums are unchanged), so a link damaged from one into the other
// opened, under codec 1, as the other diagram.
const original = '{"version":3,"nodes":[],"edges":[],"scenario":{"durationS":1422341}}';
const damaged = '{"version":3,"nodes":[],"edges":[],"scenario":{"durationS":1430441}}';

describe('CRC-32 and codec 2', () => {
  it('is the standard CRC-32', () => {
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('tells apart what Adler-32 does not', () => {
    expect(adler(damaged)).toBe(adler(original));
    expect(crc32(bytes(damaged))).not.toBe(crc32(bytes(original)));
  });

  it('refuses a codec-2 payload whose text does not match its check, where codec 1 could not', () => {
    const good = decodeBase64url(codec2.pack(original)) as Uint8Array;
    const back = codec2.unpack(encodeBase64url(good));
    expect(back.ok && new TextDecoder().decode(back.bytes)).toBe(original);
    // The zlib stream of the damaged text with the original's check: a damaged link that
    // zlib's own check lets through (codec 1 opens the damaged text as if nothing happened).
    const damagedZlib = decodeBase64url(codec1.pack(damaged)) as Uint8Array;
    expect(codec1.unpack(encodeBase64url(damagedZlib)).ok).toBe(true);
    const spliced = new Uint8Array(damagedZlib.length + 4);
    spliced.set(damagedZlib);
    spliced.set(good.subarray(good.length - 4), damagedZlib.length);
    expect(codec2.unpack(encodeBase64url(spliced))).toMatchObject({ ok: false, error: 'corrupt' });
  });

  it('new links are written with codec 2, and codec-1 links still open', () => {
    const one = decode(`#d=1.${codec1.pack(original)}`, 'link');
    const two = decode(`#d=2.${codec2.pack(original)}`, 'link');
    expect(one.ok && two.ok && two.doc).toEqual(one.ok && one.doc);
  });
});
