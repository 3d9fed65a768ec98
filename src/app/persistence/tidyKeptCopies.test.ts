import { describe, expect, it } from 'vitest';
import { stripDefaults } from '../../model';
import { exampleDocument } from '../../store/documentStore';
import { writeEnvelope } from './envelope';
import { memoryStorage } from './memoryStorage';
import { listRecent } from './recentDiagrams';
import { AUTOSAVE_KEY, LEGACY_BEFORE_LINK_KEY, TAB_COPY_KEY_PREFIX } from './storageAccess';
import { adoptBeforeLinkCopy, collectTabCopies } from './tidyKeptCopies';

const NOW = Date.UTC(2026, 0, 31, 10, 0, 0);

describe('collectTabCopies', () => {
  const copy = (revision: number, tabId: string, title: string, unsaved = false) => {
    const env = { revision, savedAt: NOW, tabId, doc: { ...stripDefaults(exampleDocument()), title } };
    return unsaved ? JSON.stringify({ ...env, unsaved }) : writeEnvelope(env);
  };

  it('removes copies the slot holds or has moved past; keeps unsaved and simultaneous ones in Recent', () => {
    const storage = memoryStorage({
      [AUTOSAVE_KEY]: copy(8, 'tab-A', 'A'),
      [`${TAB_COPY_KEY_PREFIX}tab-A`]: copy(8, 'tab-A', 'A'),
      [`${TAB_COPY_KEY_PREFIX}tab-B`]: copy(8, 'tab-B', 'B, written at the same moment'),
      [`${TAB_COPY_KEY_PREFIX}tab-C`]: copy(5, 'tab-C', 'C, an older version', true),
      [`${TAB_COPY_KEY_PREFIX}tab-D`]: copy(6, 'tab-D', 'D, saved, then built on'),
    });
    const harvest = collectTabCopies(storage, { revision: 8, tabId: 'tab-A' }, NOW);
    expect(harvest).toEqual({ kept: 2, simultaneous: 1 });
    expect(listKeysOf(storage, TAB_COPY_KEY_PREFIX)).toEqual([]);
    expect(listRecent(storage).map((e) => [e.title, e.reason])).toEqual(
      expect.arrayContaining([
        ['B, written at the same moment', 'other-tab'],
        ['C, an older version', 'unsaved-tab'],
      ]),
    );
    expect(listRecent(storage)).toHaveLength(2);
  });

  it('leaves a copy in place when it cannot be kept', () => {
    const storage = memoryStorage({ [`${TAB_COPY_KEY_PREFIX}tab-B`]: copy(3, 'tab-B', 'B') });
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    expect(collectTabCopies(storage, null, NOW)).toEqual({ kept: 0, simultaneous: 0 });
    expect(storage.getItem(`${TAB_COPY_KEY_PREFIX}tab-B`)).not.toBeNull();
  });
});

describe('adoptBeforeLinkCopy', () => {
  it('moves the single copy an older build kept before a link into the recent diagrams', () => {
    const before = writeEnvelope({
      revision: 3,
      savedAt: NOW,
      tabId: 'x',
      doc: { ...stripDefaults(exampleDocument()), title: 'My work' },
    });
    const storage = memoryStorage({ [LEGACY_BEFORE_LINK_KEY]: before });
    adoptBeforeLinkCopy(storage, NOW);
    expect(storage.getItem(LEGACY_BEFORE_LINK_KEY)).toBeNull();
    expect(listRecent(storage).map((e) => e.title)).toEqual(['My work']);
  });
});

function listKeysOf(storage: ReturnType<typeof memoryStorage>, prefix: string) {
  return [...storage.data.keys()].filter((k) => k.startsWith(prefix));
}
