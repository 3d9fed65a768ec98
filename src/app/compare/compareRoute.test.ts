import { describe, expect, it } from 'vitest';
import { largestDocument } from '../../model/fixtures/sampleDocuments';
import { encodeCompareLink, encodeShareLink } from '../../model/shareLink';
import { DEFAULT_VIEW_OPTIONS, parseViewOptions } from '../routes/viewOptions';
import {
  builtInPair,
  compareLinkProblem,
  compareUrl,
  EXAMPLE_PAIR,
  resolveCompareRoute,
} from './compareRoute';

describe('resolveCompareRoute', () => {
  it('defaults to the RPC chain against the queue', () => {
    const r = resolveCompareRoute({ ...DEFAULT_VIEW_OPTIONS, compare: true }, '');
    expect(r.ok && [r.left.title, r.right.title]).toEqual([
      'RPC chain under redeploy',
      'The same with a queue',
    ]);
  });

  it('reads two built-in scenarios by id, and names a missing one', () => {
    const r = resolveCompareRoute(
      { ...DEFAULT_VIEW_OPTIONS, compare: true, comparePair: ['queue-redeploy', 'rpc-chain-redeploy'] },
      '',
    );
    expect(r.ok && r.left.title).toBe('The same with a queue');
    const bad = builtInPair(['rpc-chain-redeploy', 'nope']);
    expect(!bad.ok && bad.message).toMatch(/nope/);
  });

  it('reads two shared documents from one fragment, and refuses a damaged one', () => {
    const pair = builtInPair(EXAMPLE_PAIR);
    if (!pair.ok) throw new Error('example pair missing');
    const hash = encodeCompareLink(pair.right, pair.left);
    const r = resolveCompareRoute({ ...DEFAULT_VIEW_OPTIONS, compare: true }, hash);
    expect(r.ok && r.left).toEqual(pair.right);
    expect(r.ok && r.right).toEqual(pair.left);
    const damaged = resolveCompareRoute({ ...DEFAULT_VIEW_OPTIONS, compare: true }, hash.slice(0, -10));
    expect(!damaged.ok && damaged.message).toMatch(
      /^The right diagram \(the second in the link\) cannot be opened/,
    );
    const one = resolveCompareRoute({ ...DEFAULT_VIEW_OPTIONS, compare: true }, encodeShareLink(pair.left));
    expect(!one.ok && one.message).toMatch(/two diagrams/);
  });

  it('gives the pair an address of its own that opens the same pair', () => {
    const pair = builtInPair(EXAMPLE_PAIR);
    if (!pair.ok) throw new Error('example pair missing');
    const url = new URL(compareUrl('https://x.test/app/', pair.left, pair.right, { theme: 'dark' }));
    expect(url.search).toBe('?compare&theme=dark');
    const options = parseViewOptions(url.search);
    expect(options).toMatchObject({ compare: true, theme: 'dark', embed: false });
    expect(resolveCompareRoute(options, url.hash)).toEqual({ ok: true, left: pair.left, right: pair.right });
    const embedded = new URL(compareUrl('https://x.test/', pair.left, pair.right, { embed: true }));
    expect(parseViewOptions(embedded.search)).toMatchObject({ compare: true, embed: true });
  });

  it('says when a pair is too large to travel as a link, naming the side', () => {
    const pair = builtInPair(EXAMPLE_PAIR);
    if (!pair.ok) throw new Error('example pair missing');
    expect(compareLinkProblem(pair.left, pair.right)).toBeNull();
    expect(compareLinkProblem(pair.left, largestDocument())).toMatch(
      /^This comparison is too large for a link: the right diagram alone takes [\d,]+ characters \(a link may hold 32,768 per diagram\)/,
    );
  });
});
