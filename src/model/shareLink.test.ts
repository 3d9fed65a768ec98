import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_VERSION,
  decode,
  encodeShareLink,
  type FaultlineDocument,
  linkLength,
  parseDocument,
} from '.';
import { adler32 } from './decode/adler32';
import { CODEC1_DICTIONARY } from './decode/codec1Dictionary';
import corpus from './fixtures/links-v1.json';
import { twentyFiveServices } from './fixtures/sampleDocuments';

function parsed(input: unknown): FaultlineDocument {
  const r = parseDocument(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc;
}

describe('share links', () => {
  it('encode → decode gives back the identical document', () => {
    for (const doc of [...corpus.links.map((l) => parsed(l.document)), twentyFiveServices()]) {
      const link = encodeShareLink(doc);
      expect(link).toMatch(/^#d=2\.[A-Za-z0-9_-]+$/);
      const back = decode(link, 'link');
      expect(back.ok && back.doc).toEqual(doc);
      expect(back.ok && back.fromVersion).toBe(DOCUMENT_VERSION);
    }
  });

  it('accepts the fragment, the bare "d=…" and a whole URL', () => {
    const doc = parsed(corpus.links[0].document);
    const link = encodeShareLink(doc);
    for (const form of [
      link,
      link.slice(1),
      `https://faultline.example/?embed#${link.slice(1)}`,
      `  ${link}\n`,
    ]) {
      const r = decode(form, 'link');
      expect(r.ok && r.doc).toEqual(doc);
    }
  });

  it('is deterministic: the same document always gives the same link', () => {
    const doc = parsed(corpus.links[1].document);
    expect(encodeShareLink(doc)).toBe(encodeShareLink(parsed(JSON.parse(JSON.stringify(doc)))));
  });

  it('meets the length targets: first-visit example ≤ 600, 25 services ≤ 2,000 characters', () => {
    const example = parsed(corpus.links.find((l) => l.name === 'RPC chain under redeploy')!.document);
    const sizes = { example: linkLength(example), twentyFive: linkLength(twentyFiveServices()) };
    console.log(`link lengths: first-visit example ${sizes.example}, 25 services ${sizes.twentyFive}`);
    expect(sizes.example).toBeLessThanOrEqual(600);
    expect(sizes.twentyFive).toBeLessThanOrEqual(2000);
  });
});

describe('old links keep working', () => {
  it('every link of the committed corpus decodes to its document', () => {
    expect(corpus.links.length).toBeGreaterThanOrEqual(2);
    for (const { name, document, link } of corpus.links) {
      const r = decode(link, 'link');
      if (!r.ok) throw new Error(`${name}: ${r.message}`);
      expect(r.doc, name).toEqual(parsed(document));
    }
  });

  it('codec 1’s preset dictionary never changes (every codec-1 link depends on it)', () => {
    expect(adler32(new TextEncoder().encode(CODEC1_DICTIONARY)).toString(16)).toBe('72fac368');
    expect(CODEC1_DICTIONARY.length).toBe(2906);
  });
});
