import { describe, expect, it } from 'vitest';
import { decode, encodeShareLink, parseDocument } from '../model';
import { getScenario } from '../scenarios';
import { decodeSweepLink, encodeSweepLink, isSweepFragment, MAX_SWEEP_LINK_CHARS } from './sweepLink';

const parsed = parseDocument(getScenario('retry-storm')?.document);
if (!parsed.ok) throw new Error('retry-storm does not parse');
const doc = parsed.doc;
const sweep = {
  seeds: [1, 2, 3, 4, 5, 9],
  axes: [
    { path: 'edges.clients-api.retry.maxAttempts', from: 1, to: 6, count: 6, scale: 'linear' as const },
    { path: 'nodes.api.workers', from: 1, to: 64, count: 7, scale: 'log' as const },
  ],
};

describe('the sweep link', () => {
  it('holds the document and the sweep, and reads back as both', () => {
    const link = encodeSweepLink(doc, sweep);
    expect(link.startsWith(encodeShareLink(doc))).toBe(true);
    expect(link.slice(encodeShareLink(doc).length)).toBe(
      '&seeds=1..5%2C9&sweep=edges.clients-api.retry.maxAttempts%3D1..6%3A6&sweep=nodes.api.workers%3D1..64%3A7%3Alog',
    );
    expect(isSweepFragment(link)).toBe(true);
    expect(isSweepFragment(`https://example.org/${link}`)).toBe(true);
    expect(isSweepFragment(encodeShareLink(doc))).toBe(false);
    const back = decodeSweepLink(`https://example.org/${link}`);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.doc).toEqual(doc);
    expect(back.sweep).toEqual(sweep);
    expect(back.axes.map((a) => a.values.length)).toEqual([6, 7]);
    // The document part alone is an ordinary share link.
    const plain = decode(link.slice(0, link.indexOf('&')), 'link');
    expect(plain.ok && plain.doc).toEqual(doc);
  });

  it('is a seed run when it has seeds and no sweep', () => {
    const back = decodeSweepLink(encodeSweepLink(doc, { seeds: [1, 2, 3], axes: [] }));
    expect(back.ok && back.sweep).toEqual({ seeds: [1, 2, 3], axes: [] });
  });

  it('refuses a bad link in words that say which part is wrong', () => {
    const share = encodeShareLink(doc);
    const message = (input: string) => {
      const r = decodeSweepLink(input);
      return r.ok ? '(accepted)' : r.message;
    };
    expect(message(`${share.slice(0, -4)}&seeds=1`)).toMatch(
      /^The diagram of this sweep link cannot be opened\./,
    );
    expect(message(`${share}&seeds=9..1`)).toBe(
      'The sweep link\'s seeds cannot be read: the range "9..1" runs backwards: write the smaller seed first.',
    );
    expect(message(`${share}&sweep=nodes.api.workers%3D1..2%3A2`)).toBe(
      'The sweep link gives no seeds (seeds=1..20).',
    );
    expect(message(`${share}&seeds=1&seeds=2`)).toBe('The sweep link gives its seeds twice.');
    expect(message(`${share}&seeds=1&colour=red`)).toBe('The sweep link has an unknown part "colour".');
    expect(message(`${share}&seeds=%E0%A4%A`)).toBe(
      'The sweep link\'s "seeds" is not properly percent-encoded.',
    );
    expect(message(`${share}&seeds=1&sweep=nodes.nope.workers%3D1..2%3A2`)).toBe(
      'The sweep link does not fit its diagram: --sweep nodes.nope.workers: there is no node "nope" in the diagram.',
    );
    expect(message(`${share}&seeds=1&sweep=nodes.api.workers`)).toMatch(
      /^The sweep link's sweep cannot be read: the sweep "nodes.api.workers" has no "="/,
    );
    const three = '&sweep=nodes.api.workers%3D1..2%3A2'.repeat(3);
    expect(message(`${share}&seeds=1${three}`)).toBe('A sweep varies at most 2 parameters; this link has 3.');
    expect(message(`${share}&seeds=${'1,'.repeat(MAX_SWEEP_LINK_CHARS)}1`)).toBe(
      `The sweep in this link is longer than ${MAX_SWEEP_LINK_CHARS} characters.`,
    );
    expect(message('x'.repeat(200_000))).toBe('This sweep link is too long to be one Faultline made.');
  });
});
