import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPngText, insertPngText, isPng } from './pngText';

/** A real 1×1 PNG (signature, IHDR, IDAT, IEND). */
const ONE_PIXEL = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('PNG text chunk', () => {
  it('round-trips Unicode text and keeps the PNG valid', () => {
    const text = '{"title":"Zahlungen – ünïcødé 🚀"}';
    const out = insertPngText(ONE_PIXEL, text);
    expect(isPng(out)).toBe(true);
    expect(extractPngText(out)).toBe(text);
    // The chunk sits before IEND, which stays last.
    expect(new TextDecoder('latin1').decode(out.subarray(out.length - 8, out.length - 4))).toBe('IEND');
    expect(out.length).toBeGreaterThan(ONE_PIXEL.length);
  });

  it('replaces an earlier chunk instead of stacking a second', () => {
    const twice = insertPngText(insertPngText(ONE_PIXEL, 'first'), 'second');
    expect(extractPngText(twice)).toBe('second');
    expect(twice.length).toBe(insertPngText(ONE_PIXEL, 'second').length);
  });

  it('finds nothing in a PNG without our chunk, or under another keyword', () => {
    expect(extractPngText(ONE_PIXEL)).toBeNull();
    expect(extractPngText(insertPngText(ONE_PIXEL, 'x', 'Comment'))).toBeNull();
  });

  it('refuses non-PNG input when inserting', () => {
    expect(() => insertPngText(new Uint8Array([1, 2, 3]), 'x')).toThrow();
  });

  it('rejects a damaged chunk (checksum) instead of returning other text', () => {
    const out = insertPngText(ONE_PIXEL, 'hello world');
    const at = out.indexOf('h'.charCodeAt(0), ONE_PIXEL.length - 12);
    const bad = out.slice();
    bad[at] ^= 0x01;
    expect(extractPngText(bad)).toBeNull();
  });

  it('never throws on random bytes, truncations or single-byte changes, and never returns other text', () => {
    const out = insertPngText(ONE_PIXEL, 'payload');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(extractPngText(bytes)).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.nat(out.length - 1), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const bad = out.slice();
        bad[at] ^= flip;
        const r = extractPngText(bad);
        expect(r === null || r === 'payload').toBe(true);
      }),
    );
    for (let n = 0; n < out.length; n++) {
      const r = extractPngText(out.subarray(0, n));
      expect(r === null || r === 'payload').toBe(true);
    }
  });
});
