// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyDocument, type FaultlineDocument, stripDefaults } from '../../model';
import { exampleDocument } from '../../store/documentStore';
import { loadDecoder } from '../decoder';
import { type AutosaveProblem, createAutosaver } from './autosaver';
import { readEnvelope, writeEnvelope } from './envelope';
import { memoryStorage } from './memoryStorage';
import { AUTOSAVE_KEY } from './storageAccess';
import { manualTimers } from './testTimers';

// The decoder is fetched on demand in the app (src/app/decoder.ts); these tests decode.
beforeAll(async () => {
  await loadDecoder();
});

function setup(initial: Record<string, string> = {}, knownRevision = 0) {
  const storage = memoryStorage(initial);
  const timers = manualTimers();
  const problems: AutosaveProblem[] = [];
  const saver = createAutosaver({
    storage,
    tabId: 'tab-A',
    knownRevision,
    delayMs: 400,
    now: () => 1_700_000_000_000,
    timers,
    encode: stripDefaults,
    onProblem: (p) => problems.push(p),
  });
  return { storage, timers, problems, saver };
}

function stored(storage: { getItem(k: string): string | null }) {
  const raw = storage.getItem(AUTOSAVE_KEY);
  if (raw === null) return null;
  const env = readEnvelope(raw);
  if (!env.ok) throw new Error(env.message);
  return env;
}

function storedTitle(storage: { getItem(k: string): string | null }) {
  return (stored(storage)?.doc as { title?: string } | undefined)?.title;
}

function titled(title: string): FaultlineDocument {
  return { ...exampleDocument(), title };
}

function envelopeOf(revision: number, tabId: string, doc: FaultlineDocument = emptyDocument()) {
  return writeEnvelope({ revision, savedAt: 0, tabId, doc: stripDefaults(doc) });
}

describe('autosaver debounce and flush', () => {
  it('writes once, after the delay, the last of several quick changes', () => {
    const { storage, timers, saver } = setup();
    saver.schedule(titled('one'));
    timers.advance(200);
    saver.schedule(titled('two'));
    timers.advance(399);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    timers.advance(1);
    const env = stored(storage);
    expect(env?.revision).toBe(1);
    expect(env?.tabId).toBe('tab-A');
    expect((env?.doc as { title?: string } | undefined)?.title).toBe('two');
    expect(saver.hasPending).toBe(false);
  });

  it('flush writes the pending change at once (pagehide) and cancels the timer', () => {
    const { storage, timers, saver } = setup();
    saver.schedule(titled('quick edit then reload'));
    saver.flush();
    expect(storedTitle(storage)).toBe('quick edit then reload');
    expect(timers.waiting).toBe(0);
  });

  it('stores the document without its defaults, and it decodes back to the same document', async () => {
    const { storage, saver } = setup();
    const doc = exampleDocument();
    saver.schedule(doc);
    saver.flush();
    const env = stored(storage);
    expect(env?.doc).toEqual(stripDefaults(doc));
    const { decodeDocumentValue } = await import('./decodeDocument');
    const back = decodeDocumentValue(env?.doc, 'autosave');
    expect(back.ok && back.doc).toEqual(doc);
  });

  it('raises the revision with every write', () => {
    const { storage, saver } = setup();
    for (const t of ['a', 'b', 'c']) {
      saver.schedule(titled(t));
      saver.flush();
    }
    expect(stored(storage)?.revision).toBe(3);
    expect(saver.knownRevision).toBe(3);
  });

  it('does nothing while paused and writes the latest change when resumed', () => {
    const { storage, timers, saver } = setup();
    saver.pause('booting');
    saver.schedule(titled('first'));
    saver.schedule(titled('latest'));
    timers.advance(1000);
    saver.flush();
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    saver.resume('booting');
    expect(storedTitle(storage)).toBe('latest');
  });

  it('a crash pause drops the pending change so it is never written', () => {
    const { storage, saver } = setup();
    saver.schedule(titled('crashes when rendered'));
    saver.pause('crashed', { dropPending: true });
    saver.resume('crashed');
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
  });
});

describe('autosaver and a damaged slot', () => {
  it('never writes over a value that is not an autosave, and pauses', () => {
    const { storage, problems, saver } = setup({ [AUTOSAVE_KEY]: '{"corrupt' });
    saver.schedule(titled('mine'));
    saver.flush();
    expect(storage.getItem(AUTOSAVE_KEY)).toBe('{"corrupt');
    expect(problems).toEqual([
      { kind: 'damaged', raw: '{"corrupt', message: expect.stringContaining('JSON') },
    ]);
    expect(saver.pausedFor.has('damaged')).toBe(true);
  });

  it('writes over it once the user agreed (it was kept aside)', () => {
    const { storage, saver } = setup({ [AUTOSAVE_KEY]: '{"corrupt' });
    saver.schedule(titled('fresh'));
    saver.flush();
    saver.resume('damaged', { replaceable: '{"corrupt' });
    expect(storedTitle(storage)).toBe('fresh');
  });
});

describe('autosaver and storage failures', () => {
  it('a full storage is reported, nothing thrown, and the change is kept for a retry', () => {
    const { storage, problems, saver } = setup();
    storage.failWith = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    saver.schedule(titled('big'));
    expect(() => saver.flush()).not.toThrow();
    expect(problems).toEqual([
      { kind: 'storage', failure: 'full', detail: expect.stringContaining('QuotaExceededError') },
    ]);
    expect(saver.pausedFor.has('storage')).toBe(true);
    expect(saver.hasPending).toBe(true);
    storage.failWith = undefined;
    saver.resume('storage');
    expect(storedTitle(storage)).toBe('big');
  });

  it('blocked storage (SecurityError) and no storage at all are "unavailable"', () => {
    const { storage, problems, saver } = setup();
    storage.failWith = new DOMException('denied', 'SecurityError');
    saver.schedule(titled('x'));
    saver.flush();
    expect(problems[0]).toMatchObject({ kind: 'storage', failure: 'unavailable' });

    const got: AutosaveProblem[] = [];
    const none = createAutosaver({
      storage: null,
      tabId: 't',
      knownRevision: 0,
      now: () => 0,
      timers: manualTimers(),
      encode: stripDefaults,
      onProblem: (p) => got.push(p),
    });
    none.schedule(titled('x'));
    none.flush();
    expect(got[0]).toMatchObject({ kind: 'storage', failure: 'unavailable' });
  });
});

describe('autosaver and two tabs', () => {
  it('does not overwrite a newer revision written by another tab', () => {
    const theirs = envelopeOf(6, 'tab-B', titled('theirs'));
    const { storage, problems, saver } = setup({ [AUTOSAVE_KEY]: theirs }, 5);
    saver.schedule(titled('mine'));
    saver.flush();
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(theirs);
    expect(problems).toEqual([{ kind: 'conflict', theirRevision: 6 }]);
    expect(saver.pausedFor.has('conflict')).toBe(true);
  });

  it('writes over its own or older revisions', () => {
    const { storage, problems, saver } = setup({ [AUTOSAVE_KEY]: envelopeOf(5, 'tab-B') }, 5);
    saver.schedule(titled('mine'));
    saver.flush();
    expect(problems).toEqual([]);
    expect(stored(storage)?.revision).toBe(6);
  });

  it('hears of a newer revision through the storage event before writing', () => {
    const { problems, saver, timers } = setup({}, 2);
    saver.schedule(titled('mine'));
    saver.noticeExternalWrite(envelopeOf(3, 'tab-B'));
    expect(problems).toEqual([{ kind: 'conflict', theirRevision: 3 }]);
    timers.advance(1000);
    expect(saver.hasPending).toBe(true);
    // Its own echo or an older write is not a conflict.
    const quiet = setup({}, 4);
    quiet.saver.noticeExternalWrite(envelopeOf(3, 'tab-B'));
    quiet.saver.noticeExternalWrite(envelopeOf(9, 'tab-A'));
    quiet.saver.noticeExternalWrite(null);
    expect(quiet.problems).toEqual([]);
  });

  it('after "load theirs" adopts their revision and writes above it', () => {
    const { storage, saver } = setup({ [AUTOSAVE_KEY]: envelopeOf(7, 'tab-B') }, 5);
    saver.schedule(titled('mine'));
    saver.flush();
    saver.pause('conflict', { dropPending: true });
    saver.resume('conflict', { knownRevision: 7 });
    saver.schedule(titled('edited theirs'));
    saver.flush();
    expect(stored(storage)?.revision).toBe(8);
  });
});
