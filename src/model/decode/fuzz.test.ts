import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type DecodeResult, decode, encodeShareLink, type FaultlineDocument, parseDocument } from '..';
import { validDocument } from '../fixtures/arbitraries';
import corpus from '../fixtures/links-v1.json';

/**
 * Hostile input: random strings and mutations of valid links never throw, always
 * settle, and never decode to a different document. Times are measured per call; the
 * bound asserted (2 s) only detects a hang — the real maximum is printed.
 */
const HANG_MS = 2000;
const times: number[] = [];

function timedDecode(input: string): DecodeResult {
  const start = process.hrtime.bigint();
  const r = decode(input, 'link');
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  times.push(ms);
  expect(ms).toBeLessThan(HANG_MS);
  return r;
}

afterAll(() => {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  console.log(`fuzz: ${times.length} decodes; median ${at(0.5)} ms, p99 ${at(0.99)} ms, slowest ${at(1)} ms`);
});

function parsed(input: unknown): FaultlineDocument {
  const r = parseDocument(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc;
}

/** What it accepts re-encodes to a link that decodes to the same document. */
function expectStable(r: DecodeResult) {
  if (!r.ok) return;
  const again = decode(encodeShareLink(r.doc), 'link');
  expect(again.ok && again.doc).toEqual(r.doc);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('fuzzing the decoder', () => {
  it('random strings never throw and settle in time', () => {
    const strings = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ maxLength: 300 }).map((s) => `#d=1.${s}`),
      fc.stringMatching(/^#d=[0-9]{1,3}\.[A-Za-z0-9_-]{0,400}$/),
      fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 600 }).map((s) => `#d=1.${s}`),
    );
    fc.assert(
      fc.property(strings, (s) => {
        expectStable(timedDecode(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('random mutations of valid links decode to an error or to the identical document', () => {
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('replace' as const),
        at: fc.nat(),
        text: fc.string({ minLength: 1, maxLength: 3 }),
      }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        text: fc.string({ minLength: 1, maxLength: 3 }),
      }),
      fc.record({
        kind: fc.constant('delete' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 5 }),
      }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(
        validDocument(5),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (stored, mutations) => {
          const doc = parsed(stored);
          const link = encodeShareLink(doc);
          let mutated = link;
          for (const m of mutations) mutated = mutate(mutated, m);
          const r = timedDecode(mutated);
          if (r.ok) expect(r.doc).toEqual(doc);
          expectStable(r);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('every truncation of every corpus link is an error', () => {
    for (const { link } of corpus.links) {
      for (let cut = 0; cut < link.length; cut++) expect(timedDecode(link.slice(0, cut)).ok).toBe(false);
    }
  });

  it('every single-character change of a valid link decodes to an error or to the identical document', () => {
    let accepted = 0;
    // The first-visit example: ~30,000 changed links (all 13 links would take a minute).
    for (const { link, document } of corpus.links.slice(0, 1)) {
      const doc = parsed(document);
      // The payload starts after "#d=1."; every position gets every other base64url character.
      for (let at = 5; at < link.length; at++) {
        for (const c of ALPHABET) {
          if (c === link[at]) continue;
          const r = timedDecode(link.slice(0, at) + c + link.slice(at + 1));
          if (r.ok) {
            accepted++;
            expect(r.doc).toEqual(doc);
          }
        }
      }
    }
    // Those accepted change bits deflate ignores (the padding of the last byte, unused code lengths).
    console.log(`single-character changes decoding to the identical document: ${accepted}`);
  });
});

type Mutation =
  | { kind: 'replace' | 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate' | 'swap'; at: number };

function mutate(s: string, m: Mutation): string {
  const at = s.length === 0 ? 0 : m.at % s.length;
  switch (m.kind) {
    case 'replace':
      return s.slice(0, at) + m.text + s.slice(at + m.text.length);
    case 'insert':
      return s.slice(0, at) + m.text + s.slice(at);
    case 'delete':
      return s.slice(0, at) + s.slice(at + m.length);
    case 'truncate':
      return s.slice(0, at);
    case 'swap':
      return at + 1 < s.length ? s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2) : s;
  }
}
