import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import { encodeShareLink } from '../../model/shareLink';
import { rpcChainRedeploy } from '../../scenarios/rpcChainRedeploy';
import { loadDecoder } from '../decoder';
import { readSharedLink, withoutFragment } from './sharedLink';

// The decoder is fetched on demand in the app (src/app/decoder.ts); these tests decode.
beforeAll(async () => {
  await loadDecoder();
});

function example() {
  const r = parseDocument(rpcChainRedeploy);
  if (!r.ok) throw new Error('invalid');
  return r.doc;
}

describe('readSharedLink', () => {
  it('decodes a share link into a pending document equal to the one shared', () => {
    const doc = example();
    const link = readSharedLink(encodeShareLink(doc));
    expect(link.kind).toBe('pending');
    expect(link.kind === 'pending' && link.doc).toEqual(doc);
  });

  it('reads the key "D=" in upper case, in the editor and the embed alike', () => {
    const doc = example();
    const link = readSharedLink(`#D=${encodeShareLink(doc).slice(3)}`);
    expect(link.kind === 'pending' && link.doc).toEqual(doc);
    expect(readSharedLink('#D=1.').kind).toBe('failed');
  });

  it('ignores fragments that are not diagrams', () => {
    expect(readSharedLink('')).toEqual({ kind: 'none' });
    expect(readSharedLink('#')).toEqual({ kind: 'none' });
    expect(readSharedLink('#section-2')).toEqual({ kind: 'none' });
  });

  it('explains a truncated link in words', () => {
    const hash = encodeShareLink(example());
    const cut = readSharedLink(hash.slice(0, Math.floor(hash.length * 0.7)));
    expect(cut.kind).toBe('failed');
    if (cut.kind !== 'failed') return;
    expect(cut.message).toMatch(/incomplete|cut short|damaged/i);
    expect(cut.message).toMatch(/ask the sender/i);
  });

  it('refuses garbage without throwing', () => {
    for (const h of ['#d=', '#d=1.', '#d=9.abc', '#d=1.!!!!', `#d=1.${'A'.repeat(40_000)}`]) {
      expect(readSharedLink(h).kind).toBe('failed');
    }
  });
});

describe('withoutFragment', () => {
  it('keeps the path and the view options', () => {
    expect(withoutFragment({ pathname: '/app/', search: '?theme=dark' })).toBe('/app/?theme=dark');
  });
});
