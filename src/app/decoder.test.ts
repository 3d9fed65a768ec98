import { describe, expect, it } from 'vitest';
import { stripDefaults } from '../model/defaults';
import { exampleDocument } from '../store/documentStore';
import { decodeLoaded, decoderLoaded, loadDecoder } from './decoder';

describe('the decoder fetched on demand', () => {
  const json = JSON.stringify(stripDefaults(exampleDocument()));

  it('refuses input in words, changing nothing, until it is fetched', () => {
    expect(decoderLoaded()).toBe(false);
    const r = decodeLoaded(json, 'autosave');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/reload the page/i);
  });

  it('decodes once fetched, and is fetched once', async () => {
    const first = loadDecoder();
    expect(loadDecoder()).toBe(first);
    await first;
    expect(decoderLoaded()).toBe(true);
    const r = decodeLoaded(json, 'autosave');
    expect(r.ok && r.doc).toEqual(exampleDocument());
  });
});
