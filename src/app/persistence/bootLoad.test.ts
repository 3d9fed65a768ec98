// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_VERSION, stripDefaults } from '../../model';
import { exampleDocument } from '../../store/documentStore';
import { loadDecoder } from '../decoder';
import { decideBoot, enterBoot, keepAside, leaveBoot } from './bootLoad';
import { writeEnvelope } from './envelope';
import { memoryStorage } from './memoryStorage';
import { AUTOSAVE_KEY, BOOT_MARKER_KEY, DAMAGED_KEY_PREFIX, type StorageLike } from './storageAccess';

// The decoder is fetched on demand in the app (src/app/decoder.ts); these tests decode.
beforeAll(async () => {
  await loadDecoder();
});

const NOW = Date.UTC(2026, 0, 31, 10, 0, 0);

function saved(doc: unknown, revision = 4) {
  return writeEnvelope({ revision, savedAt: NOW, tabId: 'old-tab', doc: doc as never });
}

function damagedKeys(storage: ReturnType<typeof memoryStorage>) {
  return [...storage.data.keys()].filter((k) => k.startsWith(DAMAGED_KEY_PREFIX));
}

describe('decideBoot', () => {
  it('first visit: nothing stored, nothing written', () => {
    const storage = memoryStorage();
    expect(decideBoot(storage, false, NOW)).toEqual({ kind: 'first-visit' });
    expect(storage.data.size).toBe(0);
  });

  it('restores the autosave with its revision', () => {
    const doc = { ...exampleDocument(), title: 'My shop' };
    const storage = memoryStorage({ [AUTOSAVE_KEY]: saved(stripDefaults(doc), 9) });
    const r = decideBoot(storage, false, NOW);
    expect(r).toMatchObject({ kind: 'restored', revision: 9 });
    expect(r.kind === 'restored' && r.doc).toEqual(doc);
  });

  it('restores a bare document left by an older build as revision 0', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: JSON.stringify(stripDefaults(exampleDocument())) });
    expect(decideBoot(storage, false, NOW)).toMatchObject({ kind: 'restored', revision: 0 });
  });

  const damaged: [string, string][] = [
    ['corrupt JSON', '{"revision":3,"doc":{"version":2,"nod'],
    ['a foreign value', '"hello from another app"'],
    ['a foreign object', '{"theme":"dark"}'],
    ['a future version', saved({ version: DOCUMENT_VERSION + 1, nodes: [], edges: [] })],
    [
      'an invalid document',
      saved({ version: DOCUMENT_VERSION, nodes: [{ id: 'a', kind: '__proto__' }], edges: [] }),
    ],
  ];
  for (const [what, raw] of damaged) {
    it(`${what}: kept in place, copied aside, explained`, () => {
      const storage = memoryStorage({ [AUTOSAVE_KEY]: raw });
      const r = decideBoot(storage, false, NOW);
      expect(r.kind).toBe('damaged');
      if (r.kind !== 'damaged') return;
      expect(r.message.length).toBeGreaterThan(10);
      expect(storage.getItem(AUTOSAVE_KEY)).toBe(raw);
      expect(r.asideKey).toBe(`${DAMAGED_KEY_PREFIX}2026-01-31T10:00:00.000Z`);
      expect(storage.getItem(r.asideKey as string)).toBe(raw);
    });
  }

  it('says that a future version was made with a newer Faultline', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: saved({ version: 99, nodes: [], edges: [] }) });
    const r = decideBoot(storage, false, NOW);
    expect(r.kind === 'damaged' && r.message).toMatch(/newer Faultline/);
  });

  it('names the field of an invalid document', () => {
    const storage = memoryStorage({
      [AUTOSAVE_KEY]: saved({
        version: DOCUMENT_VERSION,
        nodes: [{ id: 'a', kind: 'service', label: 'x', position: { x: 0, y: 0 }, workers: 0 }],
        edges: [],
      }),
    });
    const r = decideBoot(storage, false, NOW);
    expect(r.kind === 'damaged' && r.errors.map((e) => e.path)).toContain('nodes[0].workers');
  });

  it('a damaged value that cannot even be copied aside is still left in place', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: 'garbage' });
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    const r = decideBoot(storage, false, NOW);
    expect(r).toMatchObject({ kind: 'damaged', asideKey: null });
    expect(storage.getItem(AUTOSAVE_KEY)).toBe('garbage');
  });

  it('storage that throws on read is "unavailable"', () => {
    const blocked: StorageLike = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
      length: 0,
      key: () => null,
    };
    expect(decideBoot(blocked, false, NOW)).toMatchObject({ kind: 'unavailable', failure: 'unavailable' });
    expect(decideBoot(null, false, NOW)).toMatchObject({ kind: 'unavailable' });
  });

  it('after a failed boot: safe mode, the autosave left unopened and untouched', () => {
    const raw = saved(stripDefaults(exampleDocument()), 3);
    const storage = memoryStorage({ [AUTOSAVE_KEY]: raw });
    expect(decideBoot(storage, true, NOW)).toEqual({
      kind: 'safe-mode',
      raw,
      revision: 3,
      writer: 'old-tab',
    });
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(raw);
    // Nothing stored: nothing to protect, a normal first visit.
    expect(decideBoot(memoryStorage(), true, NOW)).toEqual({ kind: 'first-visit' });
  });
});

describe('boot marker', () => {
  it('a boot that rendered clears the marker; one that did not leaves it for the next load', () => {
    const session = memoryStorage();
    expect(enterBoot(session, NOW)).toEqual({ previousBootFailed: false });
    expect(session.getItem(BOOT_MARKER_KEY)).not.toBeNull();
    leaveBoot(session);
    expect(enterBoot(session, NOW)).toEqual({ previousBootFailed: false });
    // This load never rendered: the next one knows.
    expect(enterBoot(session, NOW)).toEqual({ previousBootFailed: true });
  });

  it('without sessionStorage there is no safe mode, and nothing throws', () => {
    expect(enterBoot(null, NOW)).toEqual({ previousBootFailed: false });
    expect(() => leaveBoot(null)).not.toThrow();
  });
});

describe('keepAside', () => {
  it('never overwrites an earlier copy made in the same millisecond', () => {
    const storage = memoryStorage();
    const a = keepAside(storage, 'first', NOW);
    const b = keepAside(storage, 'second', NOW);
    expect(a).not.toBe(b);
    expect(
      damagedKeys(storage)
        .map((k) => storage.getItem(k))
        .sort(),
    ).toEqual(['first', 'second']);
    // The same value twice is one copy.
    expect(keepAside(storage, 'first', NOW)).toBe(a);
  });

  it('recognises a copy made on an earlier load, whatever its time', () => {
    const storage = memoryStorage();
    const first = keepAside(storage, 'damaged', NOW);
    expect(keepAside(storage, 'damaged', NOW + 86_400_000)).toBe(first);
    expect(damagedKeys(storage)).toEqual([first]);
  });
});

describe('a damaged autosave loaded again and again', () => {
  it('is copied aside once: four loads of 1 MB of non-JSON do not fill the storage', () => {
    const raw = `#${'x'.repeat(1024 * 1024)}`;
    // Room for the slot, one copy and a little more: a second copy would not fit.
    const storage = memoryStorage({ [AUTOSAVE_KEY]: raw }, { quotaChars: 2.5 * raw.length });
    const outcomes = [0, 1, 2, 3].map((i) => decideBoot(storage, false, NOW + i * 60_000));
    const keys = outcomes.map((o) => (o.kind === 'damaged' ? o.asideKey : 'not damaged'));
    expect(keys[0]).toMatch(/^faultline:doc:damaged:/);
    expect(new Set(keys)).toEqual(new Set([keys[0]]));
    expect(damagedKeys(storage)).toEqual([keys[0]]);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(raw);
  });
});
