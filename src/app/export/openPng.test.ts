import { describe, expect, it } from 'vitest';
import { parseDocument, stripDefaults } from '../../model';
import { queueRedeploy } from '../../scenarios/queueRedeploy';
import { decodePngBytes } from './openPng';
import { insertPngText } from './pngText';

const ONE_PIXEL = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('decodePngBytes', () => {
  it('reopens the document stored in an exported PNG', () => {
    const r = parseDocument(queueRedeploy);
    if (!r.ok) throw new Error('invalid');
    const png = insertPngText(ONE_PIXEL, JSON.stringify(stripDefaults(r.doc)));
    const back = decodePngBytes(png);
    expect(back.ok && back.doc).toEqual(r.doc);
  });

  it('refuses a PNG without a diagram, and hostile text inside the chunk', () => {
    const none = decodePngBytes(ONE_PIXEL);
    expect(none.ok).toBe(false);
    expect(!none.ok && none.message).toMatch(/no Faultline diagram/);
    const hostile = decodePngBytes(
      insertPngText(ONE_PIXEL, '{"version":2,"nodes":[{"kind":"__proto__"}],"edges":[]}'),
    );
    expect(hostile.ok).toBe(false);
  });

  it('says a damaged Faultline PNG is damaged, not that it holds no diagram', () => {
    const r = parseDocument(queueRedeploy);
    if (!r.ok) throw new Error('invalid');
    const png = insertPngText(ONE_PIXEL, JSON.stringify(stripDefaults(r.doc)));
    const cut = decodePngBytes(png.subarray(0, png.length - 30));
    const flipped = png.slice();
    flipped[png.length - 100] ^= 0x01;
    for (const damaged of [cut, decodePngBytes(flipped)]) {
      expect(damaged.ok).toBe(false);
      expect(!damaged.ok && damaged.message).toMatch(/damaged/);
      expect(!damaged.ok && damaged.message).not.toMatch(/holds no Faultline diagram/);
    }
  });
});
