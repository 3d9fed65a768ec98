import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memoryStorage';
import { keepInRecent, listRecent, MAX_RECENT, readRecentDocument, removeRecent } from './recentDiagrams';
import { RECENT_KEY_PREFIX } from './storageAccess';

const NOW = Date.UTC(2026, 0, 31, 10, 0, 0);
const docTitled = (title: string, extra = '') => ({ version: 2, title, nodes: [], edges: [], extra });

describe('recent diagrams', () => {
  it('lists kept diagrams newest first, with title, time and reason', () => {
    const storage = memoryStorage();
    keepInRecent(storage, docTitled('My work'), 'link', NOW);
    keepInRecent(storage, docTitled('First link'), 'link', NOW + 1000);
    keepInRecent(storage, docTitled('A file'), 'file', NOW + 2000);
    expect(listRecent(storage).map((e) => [e.title, e.savedAt, e.reason])).toEqual([
      ['A file', NOW + 2000, 'file'],
      ['First link', NOW + 1000, 'link'],
      ['My work', NOW, 'link'],
    ]);
  });

  it('gives back the stored document of an entry', () => {
    const storage = memoryStorage();
    const key = keepInRecent(storage, docTitled('Mine'), 'new', NOW);
    expect(readRecentDocument(storage, key as string)).toEqual(docTitled('Mine'));
    expect(readRecentDocument(storage, 'faultline:doc')).toBeUndefined();
    removeRecent(storage, key as string);
    expect(listRecent(storage)).toEqual([]);
  });

  it('keeps the same document once, moved to the top', () => {
    const storage = memoryStorage();
    keepInRecent(storage, docTitled('A'), 'link', NOW);
    keepInRecent(storage, docTitled('B'), 'link', NOW + 1);
    keepInRecent(storage, docTitled('A'), 'file', NOW + 2);
    expect(listRecent(storage).map((e) => e.title)).toEqual(['A', 'B']);
  });

  it('is bounded: past MAX_RECENT the oldest goes', () => {
    const storage = memoryStorage();
    for (let i = 0; i < MAX_RECENT + 5; i++) keepInRecent(storage, docTitled(`D${i}`), 'link', NOW + i);
    const titles = listRecent(storage).map((e) => e.title);
    expect(titles).toHaveLength(MAX_RECENT);
    expect(titles[0]).toBe(`D${MAX_RECENT + 4}`);
    expect(titles).not.toContain('D0');
  });

  it('two entries in the same millisecond both stay', () => {
    const storage = memoryStorage();
    const a = keepInRecent(storage, docTitled('A'), 'other-tab', NOW);
    const b = keepInRecent(storage, docTitled('B'), 'other-tab', NOW);
    expect(a).not.toBe(b);
    expect(listRecent(storage)).toHaveLength(2);
  });

  it('when storage is full, the oldest entries make room; a document that cannot fit alone is refused', () => {
    const big = 'x'.repeat(1000);
    const storage = memoryStorage({}, { quotaChars: 3500 });
    keepInRecent(storage, docTitled('old', big), 'link', NOW);
    keepInRecent(storage, docTitled('middle', big), 'link', NOW + 1);
    keepInRecent(storage, docTitled('new', big), 'link', NOW + 2);
    keepInRecent(storage, docTitled('newest', big), 'link', NOW + 3);
    expect(listRecent(storage).map((e) => e.title)).toEqual(['newest', 'new', 'middle']);
    expect(keepInRecent(storage, docTitled('huge', 'x'.repeat(5000)), 'link', NOW + 4)).toBeNull();
    expect(keepInRecent(null, docTitled('nowhere'), 'link', NOW)).toBeNull();
  });

  it('ignores entries it cannot read', () => {
    const storage = memoryStorage({ [`${RECENT_KEY_PREFIX}1`]: 'not json' });
    keepInRecent(storage, docTitled('ok'), 'link', NOW);
    expect(listRecent(storage).map((e) => e.title)).toEqual(['ok']);
  });
});
