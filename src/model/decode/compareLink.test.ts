import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCompareLink, encodeShareLink, type FaultlineDocument, parseDocument } from '..';
import corpus from '../fixtures/links-v1.json';
import { largestDocument, twentyFiveServices } from '../fixtures/sampleDocuments';
import { decodeCompareLink, isCompareFragment } from './compareLink';
import { DECODE_LIMITS } from './limits';

function parsed(input: unknown): FaultlineDocument {
  const r = parseDocument(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc;
}

const left = parsed(corpus.links[0].document);
const right = twentyFiveServices();

describe('comparison links', () => {
  it('round-trips two documents, in order, in every accepted form', () => {
    const hash = encodeCompareLink(left, right);
    expect(hash).toMatch(/^#d=2\.[A-Za-z0-9_-]+&b=2\.[A-Za-z0-9_-]+$/);
    expect(isCompareFragment(hash)).toBe(true);
    expect(isCompareFragment(encodeShareLink(left))).toBe(false);
    for (const form of [hash, hash.slice(1), `https://faultline.example/?compare${hash}`, ` ${hash}\n`]) {
      const r = decodeCompareLink(form);
      if (!r.ok) throw new Error(r.message);
      expect(r.left).toEqual(left);
      expect(r.right).toEqual(right);
    }
    // Each side is exactly the single share link of its document.
    expect(hash).toBe(`${encodeShareLink(left)}&b=${encodeShareLink(right).slice(3)}`);
  });

  it('reads the keys in either case, as a single link does', () => {
    const hash = encodeCompareLink(left, right).replace('#d=', '#D=').replace('&b=', '&B=');
    expect(isCompareFragment(hash)).toBe(true);
    const r = decodeCompareLink(hash);
    if (!r.ok) throw new Error(r.message);
    expect(r.left).toEqual(left);
    expect(r.right).toEqual(right);
  });

  it('names the damaged side', () => {
    const hash = encodeCompareLink(left, right);
    const cut = decodeCompareLink(hash.slice(0, -12));
    expect(cut).toMatchObject({ ok: false, side: 'right' });
    expect(!cut.ok && cut.message).toMatch(
      /^The right diagram \(the second in the link\) cannot be opened\. This link/,
    );
    const [l, r] = hash.split('&b=');
    const changed = decodeCompareLink(`${l.slice(0, 20)}${l[20] === 'A' ? 'B' : 'A'}${l.slice(21)}&b=${r}`);
    expect(changed).toMatchObject({ ok: false, side: 'left' });
    expect(!changed.ok && changed.message).toMatch(/^The left diagram/);
    expect(decodeCompareLink(`#d=&b=${r}`)).toMatchObject({ ok: false, side: 'left', error: 'not-a-link' });
    expect(decodeCompareLink(`${l}&b=9.abc`)).toMatchObject({
      ok: false,
      side: 'right',
      error: 'unknown-codec',
    });
  });

  it('refuses a link that is not a pair, saying so', () => {
    const one = decodeCompareLink(encodeShareLink(left));
    expect(one).toMatchObject({ ok: false, side: null, error: 'not-a-link' });
    expect(!one.ok && one.message).toMatch(/two diagrams; this link holds one/);
    const hash = encodeCompareLink(left, right);
    for (const bad of ['', '#x=1', `${hash}&c=1`, hash.replace('&b=', '&c='), `#b=${hash.slice(3)}`]) {
      expect(decodeCompareLink(bad)).toMatchObject({ ok: false, side: null, error: 'not-a-link' });
    }
  });

  it('applies the link caps to each side, and bounds the whole', () => {
    const big = largestDocument();
    const hash = encodeCompareLink(left, big);
    const bigSide = encodeShareLink(big).length;
    const r = decodeCompareLink(hash);
    // The largest allowed document is too long for a link, alone or in a pair.
    expect(bigSide).toBeGreaterThan(DECODE_LIMITS.linkChars);
    expect(r).toMatchObject({ ok: false, side: 'right', error: 'too-large' });
    const padded = `#d=1.${'A'.repeat(DECODE_LIMITS.linkChars)}&b=1.AAAA`;
    expect(decodeCompareLink(padded)).toMatchObject({ ok: false, side: 'left', error: 'too-large' });
    const huge = `#d=1.${'A'.repeat(DECODE_LIMITS.linkChars * 2)}&b=1.AAAA`;
    expect(decodeCompareLink(huge)).toMatchObject({ ok: false, side: null, error: 'too-large' });
  });
});

describe('comparison links under hostile input', () => {
  const hash = encodeCompareLink(left, parsed(corpus.links[1].document));
  const original = decodeCompareLink(hash);

  it('never throws on random text, and what it accepts re-encodes to itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (a, b) => {
        for (const input of [a, `#d=${a}&b=${b}`, `#d=1.${a}&b=1.${b}`]) {
          const r = decodeCompareLink(input);
          if (r.ok) expect(decodeCompareLink(encodeCompareLink(r.left, r.right))).toEqual(r);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('decodes every one-character change to an error naming a side, or to the same pair', () => {
    const alphabet = 'AZaz09-_&=#.b';
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: hash.length - 1 }),
        fc.constantFrom(...alphabet.split('')),
        (at, ch) => {
          const r = decodeCompareLink(`${hash.slice(0, at)}${ch}${hash.slice(at + 1)}`);
          if (r.ok) expect(r).toEqual(original);
          else expect(r.message.length).toBeGreaterThan(20);
        },
      ),
      { numRuns: 400 },
    );
  });
});
