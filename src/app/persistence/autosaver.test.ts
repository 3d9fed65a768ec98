// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyDocument, type FaultlineDocument, stripDefaults } from '../../model';
import { exampleDocument } from '../../store/documentStore';
import { loadDecoder } from '../decoder';
import { type AutosaveProblem, createAutosaver } from './autosaver';
import { readEnvelope, writeEnvelope } from './envelope';
import { memoryStorage } from './memoryStorage';
import { AUTOSAVE_KEY, TAB_COPY_KEY_PREFIX } from './storageAccess';
import { browserStorage } from './tabStorage';
import { manualTimers } from './testTimers';

// The decoder is fetched on demand in the app (src/app/decoder.ts); these tests decode.
beforeAll(async () => {
  await loadDecoder();
});

function setup(initial: Record<string, string> = {}, known = { revision: 0, tabId: '' }) {
  const storage = memoryStorage(initial);
  const timers = manualTimers();
  const problems: AutosaveProblem[] = [];
  const saver = createAutosaver({
    storage,
    tabId: 'tab-A',
    known,
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
      known: { revision: 0, tabId: '' },
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
    const { storage, problems, saver } = setup({ [AUTOSAVE_KEY]: theirs }, { revision: 5, tabId: 'tab-B' });
    saver.schedule(titled('mine'));
    saver.flush();
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(theirs);
    expect(problems).toEqual([{ kind: 'conflict', theirRevision: 6 }]);
    expect(saver.pausedFor.has('conflict')).toBe(true);
    // Mine is not lost: it is in this tab's own copy.
    const copy = readEnvelope(storage.getItem(`${TAB_COPY_KEY_PREFIX}tab-A`) ?? '');
    expect(copy.ok && (copy.doc as { title?: string }).title).toBe('mine');
  });

  it('writes over exactly the write it knows: same revision, same writer', () => {
    const { storage, problems, saver } = setup(
      { [AUTOSAVE_KEY]: envelopeOf(5, 'tab-B') },
      { revision: 5, tabId: 'tab-B' },
    );
    saver.schedule(titled('mine'));
    saver.flush();
    expect(problems).toEqual([]);
    expect(stored(storage)?.revision).toBe(6);
    expect(saver.known).toEqual({ revision: 6, tabId: 'tab-A' });
  });

  it('an equal revision by another writer is a conflict, not something to write over', () => {
    const theirs = envelopeOf(5, 'tab-B', titled('theirs'));
    const { storage, problems, saver } = setup({ [AUTOSAVE_KEY]: theirs }, { revision: 5, tabId: 'tab-C' });
    saver.schedule(titled('mine'));
    saver.flush();
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(theirs);
    expect(problems).toEqual([{ kind: 'conflict', theirRevision: 5 }]);
  });

  it('hears of another write through the storage event before writing', () => {
    const { problems, saver, timers } = setup({}, { revision: 2, tabId: 'tab-A' });
    saver.schedule(titled('mine'));
    saver.noticeExternalWrite(envelopeOf(3, 'tab-B'));
    expect(problems).toEqual([{ kind: 'conflict', theirRevision: 3 }]);
    timers.advance(1000);
    expect(saver.hasPending).toBe(true);
    // The write it knows, its own, or a removed slot is not a conflict.
    const quiet = setup({}, { revision: 4, tabId: 'tab-B' });
    quiet.saver.noticeExternalWrite(envelopeOf(4, 'tab-B'));
    quiet.saver.noticeExternalWrite(envelopeOf(9, 'tab-A'));
    quiet.saver.noticeExternalWrite(null);
    expect(quiet.problems).toEqual([]);
    // An equal revision from someone else is.
    quiet.saver.noticeExternalWrite(envelopeOf(4, 'tab-C'));
    expect(quiet.problems).toEqual([{ kind: 'conflict', theirRevision: 4 }]);
  });

  it('after "load theirs" adopts their write and writes above it', () => {
    const { storage, saver } = setup(
      { [AUTOSAVE_KEY]: envelopeOf(7, 'tab-B') },
      { revision: 5, tabId: 'tab-A' },
    );
    saver.schedule(titled('mine'));
    saver.flush();
    saver.pause('conflict', { dropPending: true });
    saver.resume('conflict', { known: { revision: 7, tabId: 'tab-B' } });
    saver.schedule(titled('edited theirs'));
    saver.flush();
    expect(stored(storage)?.revision).toBe(8);
  });
});

describe("this tab's own copy", () => {
  it('holds each saved write; after a race lost at the same revision it is marked unsaved', () => {
    const { storage, saver } = setup({}, { revision: 4, tabId: 'tab-X' });
    saver.schedule(titled('mine'));
    saver.flush();
    const key = `${TAB_COPY_KEY_PREFIX}tab-A`;
    expect(storage.getItem(key)).toBe(storage.getItem(AUTOSAVE_KEY));
    // Another tab's write at our revision arrives: ours was written over.
    saver.noticeExternalWrite(envelopeOf(5, 'tab-B'));
    const copy = JSON.parse(storage.getItem(key) ?? '{}');
    expect(copy).toMatchObject({ revision: 5, tabId: 'tab-A', unsaved: true });
    expect(copy.doc.title).toBe('mine');
  });
});

describe('two tabs writing at the same moment', () => {
  type Step = 'flush A' | 'flush B' | 'deliver A' | 'deliver B';

  /** Two tabs that both loaded revision 7, each with an edit, run through `steps`. */
  function race(steps: Step[]) {
    const browser = browserStorage();
    const seed = browser.tab();
    seed.setItem(AUTOSAVE_KEY, envelopeOf(7, 'tab-X', titled('base')));
    seed.deliver();
    const problems: Record<string, AutosaveProblem[]> = { A: [], B: [] };
    const savers: Record<string, ReturnType<typeof createAutosaver>> = {};
    const views: Record<string, ReturnType<typeof browser.tab>> = {};
    for (const name of ['A', 'B']) {
      views[name] = browser.tab((key, value) => {
        if (key === AUTOSAVE_KEY) savers[name].noticeExternalWrite(value);
      });
      savers[name] = createAutosaver({
        storage: views[name],
        tabId: `tab-${name}`,
        known: { revision: 7, tabId: 'tab-X' },
        now: () => 0,
        timers: manualTimers(),
        encode: stripDefaults,
        onProblem: (p) => problems[name].push(p),
      });
      savers[name].schedule(titled(`added a node in ${name}`));
    }
    for (const step of steps) {
      const [verb, name] = step.split(' ');
      if (verb === 'flush') savers[name].flush();
      else views[name].deliver();
    }
    const titleIn = (raw: string | undefined) => {
      const env = readEnvelope(raw ?? '');
      return env.ok ? (env.doc as { title?: string }).title : undefined;
    };
    return {
      slot: titleIn(browser.shared.get(AUTOSAVE_KEY)),
      kept: [...browser.shared].filter(([k]) => k.startsWith(TAB_COPY_KEY_PREFIX)).map(([, v]) => titleIn(v)),
      problems,
    };
  }

  it('both write revision 8 before either hears of the other: both are told, both versions stay', () => {
    const r = race(['flush A', 'flush B', 'deliver A', 'deliver B']);
    expect(r.slot).toBe('added a node in B');
    expect(r.kept).toEqual(expect.arrayContaining(['added a node in A', 'added a node in B']));
    expect(r.problems.A).toEqual([{ kind: 'conflict', theirRevision: 8 }]);
    expect(r.problems.B).toEqual([{ kind: 'conflict', theirRevision: 8 }]);
  });

  it('one write arrives before the other tab writes: the second finds it and does not write over it', () => {
    const r = race(['flush A', 'deliver A', 'flush B', 'deliver B']);
    expect(r.slot).toBe('added a node in A');
    expect(r.kept).toEqual(expect.arrayContaining(['added a node in A', 'added a node in B']));
    expect(r.problems.A).toEqual([]);
    expect(r.problems.B).toEqual([{ kind: 'conflict', theirRevision: 8 }]);
  });

  it('in every order, both versions stay in storage and a tab whose version lost the slot was told', () => {
    const all: Step[][] = [];
    const pick = (done: Step[], left: Step[]) => {
      if (left.length === 0) all.push(done);
      for (const s of left) {
        // A tab's writes can only arrive after it made them.
        if (s.startsWith('deliver') && !done.includes(`flush ${s.slice(-1)}` as Step)) continue;
        pick(
          [...done, s],
          left.filter((x) => x !== s),
        );
      }
    };
    pick([], ['flush A', 'flush B', 'deliver A', 'deliver B']);
    expect(all.length).toBe(6);
    for (const order of all) {
      const r = race(order);
      const stored = [r.slot, ...r.kept];
      expect(stored, order.join(', ')).toContain('added a node in A');
      expect(stored, order.join(', ')).toContain('added a node in B');
      for (const name of ['A', 'B']) {
        if (r.slot !== `added a node in ${name}`)
          expect(
            r.problems[name].map((p) => p.kind),
            `${name} after ${order.join(', ')}`,
          ).toContain('conflict');
      }
    }
  });
});
