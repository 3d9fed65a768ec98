// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stripDefaults } from '../../model';
import { exampleDocument, useDocumentStore } from '../../store/documentStore';
import { loadEditing } from '../../store/editing';
import { loadDecoder } from '../decoder';
import { writeEnvelope } from './envelope';
import { memoryStorage } from './memoryStorage';
import { PersistenceNotices } from './PersistenceNotices';
import { usePersistenceStore } from './persistenceStore';
import { listRecent } from './recentDiagrams';
import { bootPersistence, resetPersistenceForTests, startAutosave, tidyAfterBoot } from './session';
import { AUTOSAVE_KEY, BOOT_MARKER_KEY, DAMAGED_KEY_PREFIX, TAB_COPY_KEY_PREFIX } from './storageAccess';
import { manualTimers } from './testTimers';

// The checked edits are fetched after startup in the app (store/editing.ts); these tests edit.
beforeAll(async () => {
  await loadEditing();
});

// The decoder is fetched on demand in the app (src/app/decoder.ts); these tests decode.
beforeAll(async () => {
  await loadDecoder();
});

const NOW = Date.UTC(2026, 0, 31, 10, 0, 0);

function envelope(title: string, revision: number, tabId = 'other-tab') {
  return writeEnvelope({
    revision,
    savedAt: NOW,
    tabId,
    doc: stripDefaults({ ...exampleDocument(), title }),
  });
}

function storedTitle(storage: ReturnType<typeof memoryStorage>): string | undefined {
  const raw = storage.getItem(AUTOSAVE_KEY);
  return raw === null ? undefined : JSON.parse(raw).doc.title;
}

/** Boots as main.tsx does, then "renders" (starts autosave) as App's effect does. */
function boot(
  local: Record<string, string> = {},
  session: Record<string, string> = {},
  options: { quotaChars?: number } = {},
) {
  const storage = memoryStorage(local, options);
  const sessionStorage = memoryStorage(session);
  const timers = manualTimers();
  const s = bootPersistence({
    local: storage,
    session: sessionStorage,
    timers,
    now: () => NOW,
    tabId: 'this-tab',
  });
  const stop = startAutosave(s);
  render(<PersistenceNotices />);
  return { storage, sessionStorage, timers, s, stop };
}

function edit(title: string) {
  act(() => {
    useDocumentStore.getState().setTitle(title);
  });
}

let stopAutosave: (() => void) | null = null;

beforeEach(() => {
  resetPersistenceForTests();
  usePersistenceStore.setState({ notices: [], confirm: null });
  useDocumentStore.getState().replaceDocument(exampleDocument());
});

afterEach(() => {
  stopAutosave?.();
  stopAutosave = null;
  cleanup();
});

describe('boot and autosave', () => {
  it('restores the autosave, clears the boot marker, and saves edits after the debounce', () => {
    const b = boot({ [AUTOSAVE_KEY]: envelope('Restored shop', 4) });
    stopAutosave = b.stop;
    expect(useDocumentStore.getState().doc.title).toBe('Restored shop');
    expect(b.sessionStorage.getItem(BOOT_MARKER_KEY)).toBeNull();
    edit('Edited shop');
    expect(storedTitle(b.storage)).toBe('Restored shop');
    act(() => b.timers.advance(400));
    expect(storedTitle(b.storage)).toBe('Edited shop');
    expect(JSON.parse(b.storage.getItem(AUTOSAVE_KEY) as string).revision).toBe(5);
  });

  it('flushes on pagehide and when the page is hidden, before the debounce fires', () => {
    const b = boot();
    stopAutosave = b.stop;
    edit('Before reload');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(storedTitle(b.storage)).toBe('Before reload');
    edit('Before tab switch');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect(storedTitle(b.storage)).toBe('Before tab switch');
  });

  it('does not save before the first render succeeded', () => {
    const storage = memoryStorage();
    const timers = manualTimers();
    bootPersistence({ local: storage, session: memoryStorage(), timers, now: () => NOW, tabId: 't' });
    edit('not rendered yet');
    timers.advance(1000);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
  });
});

describe('damaged autosave', () => {
  it('keeps it, shows the example, explains, pauses; "Start fresh and save" resumes', () => {
    const b = boot({ [AUTOSAVE_KEY]: '{"revision": 3, "doc": {"version": 2, "nodes": [' });
    stopAutosave = b.stop;
    expect(useDocumentStore.getState().doc).toEqual(exampleDocument());
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/could not be opened/);
    expect(alert.textContent).toMatch(/not valid JSON/);
    screen.getByRole('button', { name: 'Download the damaged data' });

    edit('my new work');
    act(() => b.timers.advance(1000));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(b.storage.getItem(AUTOSAVE_KEY)).toMatch(/^\{"revision": 3/);

    fireEvent.click(screen.getByRole('button', { name: 'Keep paused' }));
    expect(screen.getByRole('status').textContent).toMatch(/Autosave is paused/);
    fireEvent.click(screen.getByRole('button', { name: 'Start fresh and save' }));
    expect(storedTitle(b.storage)).toBe('my new work');
    const aside = [...b.storage.data.keys()].filter((k) => k.startsWith(DAMAGED_KEY_PREFIX));
    expect(aside).toHaveLength(1);
    expect(b.storage.getItem(aside[0])).toMatch(/^\{"revision": 3/);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('a damaged autosave in a full storage', () => {
  it('"Start fresh" waits until the data is downloaded, then proceeds', () => {
    const raw = `not json ${'x'.repeat(100_000)}`;
    // The slot fits, a copy aside does not.
    const b = boot({ [AUTOSAVE_KEY]: raw }, {}, { quotaChars: 1.5 * raw.length });
    stopAutosave = b.stop;
    edit('my new work');
    fireEvent.click(screen.getByRole('button', { name: 'Start fresh and save' }));
    expect(screen.getByRole('alert').textContent).toMatch(/could not be copied aside.*download it first/);
    expect(b.storage.getItem(AUTOSAVE_KEY)).toBe(raw);
    fireEvent.click(screen.getByRole('button', { name: 'Start fresh and save' }));
    expect(b.storage.getItem(AUTOSAVE_KEY)).toBe(raw);

    fireEvent.click(screen.getByRole('button', { name: 'Download the damaged data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start fresh and save' }));
    expect(storedTitle(b.storage)).toBe('my new work');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('storage full or unavailable', () => {
  it('keeps working in memory, says so, and offers a copy', () => {
    const b = boot();
    stopAutosave = b.stop;
    b.storage.failWith = new DOMException('full', 'QuotaExceededError');
    edit('too big to keep');
    act(() => b.timers.advance(400));
    expect(screen.getByRole('alert').textContent).toMatch(/Changes are not being saved in this browser/);
    screen.getByRole('button', { name: 'Save a copy (JSON)' });
    expect(useDocumentStore.getState().doc.title).toBe('too big to keep');
    b.storage.failWith = undefined;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(storedTitle(b.storage)).toBe('too big to keep');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('storage that cannot be read at all is said at boot', () => {
    const s = bootPersistence({
      local: null,
      session: null,
      timers: manualTimers(),
      now: () => NOW,
      tabId: 't',
    });
    stopAutosave = startAutosave(s);
    render(<PersistenceNotices />);
    expect(screen.getByRole('alert').textContent).toMatch(/Changes are not being saved in this browser/);
  });
});

describe('two tabs', () => {
  it('a newer write from another tab pauses and asks; "Load theirs" loads it', () => {
    const b = boot({ [AUTOSAVE_KEY]: envelope('Shared', 2) });
    stopAutosave = b.stop;
    edit('mine');
    const theirs = envelope('theirs', 3);
    b.storage.setItem(AUTOSAVE_KEY, theirs);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: AUTOSAVE_KEY, newValue: theirs }));
    });
    expect(screen.getByRole('alert').textContent).toMatch(/This diagram was changed in another tab/);
    act(() => b.timers.advance(1000));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(b.storage.getItem(AUTOSAVE_KEY)).toBe(theirs);
    fireEvent.click(screen.getByRole('button', { name: 'Load theirs' }));
    expect(useDocumentStore.getState().doc.title).toBe('theirs');
    edit('theirs, edited here');
    act(() => b.timers.advance(400));
    expect(storedTitle(b.storage)).toBe('theirs, edited here');
    expect(JSON.parse(b.storage.getItem(AUTOSAVE_KEY) as string).revision).toBe(4);
  });

  it('finds the conflict at write time even without a storage event', () => {
    const b = boot({ [AUTOSAVE_KEY]: envelope('Shared', 2) });
    stopAutosave = b.stop;
    b.storage.setItem(AUTOSAVE_KEY, envelope('theirs', 5));
    edit('mine');
    act(() => b.timers.advance(400));
    expect(storedTitle(b.storage)).toBe('theirs');
    screen.getByRole('button', { name: 'Keep mine as a copy' });
  });
});

describe('versions other tabs left behind', () => {
  it('a version written at the same moment as the saved one is kept in Recent, and said', async () => {
    const b = boot({
      [AUTOSAVE_KEY]: envelope('Tab A added a node', 8, 'tab-A'),
      [`${TAB_COPY_KEY_PREFIX}tab-A`]: envelope('Tab A added a node', 8, 'tab-A'),
      [`${TAB_COPY_KEY_PREFIX}tab-B`]: envelope('Tab B added a node', 8, 'tab-B'),
    });
    stopAutosave = b.stop;
    expect(useDocumentStore.getState().doc.title).toBe('Tab A added a node');
    await act(() => tidyAfterBoot(b.s));
    expect(screen.getByRole('status').textContent).toMatch(/Another tab saved a different version/);
    expect(listRecent(b.storage).map((e) => e.title)).toEqual(['Tab B added a node']);
    expect([...b.storage.data.keys()].filter((k) => k.startsWith(TAB_COPY_KEY_PREFIX))).toEqual([]);
  });
});

describe('safe mode', () => {
  it('after a boot that never rendered, the autosave is not opened; "Load it anyway" opens it', () => {
    const b = boot({ [AUTOSAVE_KEY]: envelope('Crashy', 6) }, { [BOOT_MARKER_KEY]: '1' });
    stopAutosave = b.stop;
    expect(useDocumentStore.getState().doc.nodes).toEqual([]);
    expect(screen.getByRole('alert').textContent).toMatch(/Safe mode/);
    screen.getByRole('button', { name: 'Download it' });
    edit('not saved while undecided');
    act(() => b.timers.advance(1000));
    expect(storedTitle(b.storage)).toBe('Crashy');
    fireEvent.click(screen.getByRole('button', { name: 'Load it anyway' }));
    expect(useDocumentStore.getState().doc.title).toBe('Crashy');
  });

  it('"Start empty" keeps the old autosave aside before saving the empty diagram', () => {
    const old = envelope('Crashy', 6);
    const b = boot({ [AUTOSAVE_KEY]: old }, { [BOOT_MARKER_KEY]: '1' });
    stopAutosave = b.stop;
    fireEvent.click(screen.getByRole('button', { name: 'Start empty' }));
    const aside = [...b.storage.data.entries()].filter(([k]) => k.startsWith(DAMAGED_KEY_PREFIX));
    expect(aside.map(([, v]) => v)).toEqual([old]);
    expect(JSON.parse(b.storage.getItem(AUTOSAVE_KEY) as string).doc.nodes).toEqual([]);
  });
});
