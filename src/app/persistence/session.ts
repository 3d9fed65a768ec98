import { emptyDocument } from '../../model/emptyDocument';
import type { FaultlineDocument, StoredDocument } from '../../model/schema';
import { useDocumentStore } from '../../store/documentStore';
import { editingKit } from '../../store/editing';
import { afterStartup } from '../startup';
import {
  type AutosaveProblem,
  type Autosaver,
  createAutosaver,
  type PauseReason,
  type Timers,
} from './autosaver';
import { type BootOutcome, decideBoot, enterBoot, keepAside, leaveBoot } from './bootLoad';
import { later } from './loadLater';
import { dismissNotice, showNotice } from './persistenceStore';
import {
  AUTOSAVE_KEY,
  openLocalStorage,
  openSessionStorage,
  readItem,
  type StorageLike,
} from './storageAccess';

/** What persistence talks to; tests pass in-memory storage and their own timers. */
export interface PersistenceEnv {
  local: StorageLike | null;
  session: StorageLike | null;
  now: () => number;
  timers: Timers;
  tabId: string;
}

/** One page load's persistence: the storage it uses and its autosaver. */
export interface PersistenceSession {
  env: PersistenceEnv;
  outcome: BootOutcome;
  autosaver: Autosaver;
  /** A document put into the store by persistence itself (restore, load theirs): not re-saved. */
  loaded: FaultlineDocument | null;
  rendered: boolean;
  /** The tidying of kept copies, once started (`tidyAfterBoot`). */
  tidied?: Promise<void>;
}

let current: PersistenceSession | null = null;

function newTabId(): string {
  try {
    return globalThis.crypto.randomUUID();
  } catch {
    return `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  }
}

function browserEnv(): PersistenceEnv {
  return {
    local: openLocalStorage(),
    session: openSessionStorage(),
    now: () => Date.now(),
    timers: { set: (run, ms) => setTimeout(run, ms), clear: (h) => clearTimeout(h as number) },
    tabId: newTabId(),
  };
}

/** Puts a document into the editor on persistence's behalf (clears undo, is not re-saved). */
export function loadIntoEditor(s: PersistenceSession, doc: FaultlineDocument): void {
  s.loaded = doc;
  useDocumentStore.getState().replaceDocument(doc);
}

/**
 * How the autosave stores a document: without its defaults (`stripDefaults`, fetched with
 * the editing tools after startup: store/editing.ts). A save before they are here (a node
 * dragged in the first moment, then the page closed) keeps the document whole: longer,
 * and read back the same.
 */
export function storedForm(doc: FaultlineDocument): StoredDocument {
  return editingKit()?.stripDefaults(doc) ?? doc;
}

function reportProblem(s: PersistenceSession, p: AutosaveProblem): void {
  if (p.kind === 'storage') {
    showNotice({ kind: 'not-saving', failure: p.failure, detail: p.detail });
  } else if (p.kind === 'conflict') {
    showNotice({ kind: 'conflict', theirRevision: p.theirRevision });
  } else {
    const asideKey = keepAside(s.env.local, p.raw, s.env.now());
    showNotice({ kind: 'damaged', message: p.message, errors: [], raw: p.raw, asideKey, collapsed: false });
  }
}

function pausesFor(outcome: BootOutcome): PauseReason[] {
  switch (outcome.kind) {
    case 'damaged':
      return ['booting', 'damaged'];
    case 'safe-mode':
      return ['booting', 'safe-mode'];
    case 'unavailable':
      return ['booting', 'storage'];
    default:
      return ['booting'];
  }
}

function applyOutcome(s: PersistenceSession): void {
  const o = s.outcome;
  if (o.kind === 'restored') {
    loadIntoEditor(s, o.doc);
    if (o.warnings.length > 0)
      showNotice({ kind: 'info', text: 'Your saved diagram was upgraded to the current format.' });
  } else if (o.kind === 'damaged') {
    showNotice({
      kind: 'damaged',
      message: o.message,
      errors: o.errors,
      raw: o.raw,
      asideKey: o.asideKey,
      collapsed: false,
    });
  } else if (o.kind === 'safe-mode') {
    loadIntoEditor(s, emptyDocument());
    showNotice({ kind: 'safe-mode', raw: o.raw });
  } else if (o.kind === 'unavailable') {
    showNotice({ kind: 'not-saving', failure: o.failure, detail: o.detail });
  }
}

/**
 * Decides what the editor opens, before the first render: sets the boot marker, reads the
 * autosave, and puts it (or the example, or an empty diagram in safe mode) into the store.
 * Idempotent: later calls return the same session. Never throws.
 */
export function bootPersistence(envOverride?: Partial<PersistenceEnv>): PersistenceSession {
  if (current) return current;
  const env = { ...browserEnv(), ...envOverride };
  const now = env.now();
  let outcome: BootOutcome;
  try {
    const { previousBootFailed } = enterBoot(env.session, now);
    outcome = decideBoot(env.local, previousBootFailed, now);
  } catch (e) {
    outcome = { kind: 'unavailable', failure: 'unavailable', detail: String(e) };
  }
  const known =
    outcome.kind === 'first-visit' || outcome.kind === 'unavailable'
      ? { revision: 0, tabId: '' }
      : { revision: outcome.revision, tabId: outcome.writer };
  const s: PersistenceSession = {
    env,
    outcome,
    loaded: null,
    rendered: false,
    autosaver: createAutosaver({
      storage: env.local,
      tabId: env.tabId,
      known,
      now: env.now,
      timers: env.timers,
      encode: storedForm,
      onProblem: (p) => reportProblem(s, p),
      onSaved: () => dismissNotice('not-saving'),
      pausedFor: pausesFor(outcome),
    }),
  };
  current = s;
  applyOutcome(s);
  return s;
}

/**
 * Whether this browser holds an autosave that booting will decode: main.tsx then fetches
 * the decoder before `bootPersistence` (../decoder.ts); a first visit does without it.
 */
export function autosaveStored(): boolean {
  const stored = readItem(openLocalStorage(), AUTOSAVE_KEY);
  return stored.ok && stored.value !== null;
}

/** The crash screen appeared: stop saving, and forget the edit that crashed. */
export function reportRenderCrash(): void {
  persistenceSession().autosaver.pause('crashed', { dropPending: true });
}

/** The session of this page load (booting it if nobody has yet). */
export function persistenceSession(): PersistenceSession {
  return current ?? bootPersistence();
}

/**
 * The first render succeeded: clear the boot marker, start saving on every document change
 * and on leaving the page. Returns the cleanup (React effects).
 */
export function startAutosave(s: PersistenceSession): () => void {
  if (!s.rendered) {
    s.rendered = true;
    leaveBoot(s.env.session);
    // Not before the first diagram is drawn: the tidying's code is not part of the first visit.
    void afterStartup().then(() => tidyAfterBoot(s));
    s.autosaver.resume('booting');
  }
  const unsubscribe = useDocumentStore.subscribe((state, prev) => {
    if (state.doc !== prev.doc && state.doc !== s.loaded) s.autosaver.schedule(state.doc);
  });
  // Without these flushes an edit followed by a quick reload is lost (the debounce never fires).
  const onHidden = () => {
    if (document.visibilityState === 'hidden') s.autosaver.flush();
  };
  const onPageHide = () => s.autosaver.flush();
  const onStorage = (e: StorageEvent) => {
    if (e.key === AUTOSAVE_KEY) s.autosaver.noticeExternalWrite(e.newValue);
  };
  window.addEventListener('pagehide', onPageHide);
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener('pagehide', onPageHide);
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('storage', onStorage);
    unsubscribe();
    s.autosaver.flush();
  };
}

/**
 * Collects what other tabs (and older builds) left in storage into the recent diagrams,
 * compared with the write this load found (tidyKeptCopies.ts, fetched now: not part of
 * the first visit). Returns when done, for tests.
 */
export function tidyAfterBoot(s: PersistenceSession): Promise<void> {
  const o = s.outcome;
  if (o.kind === 'unavailable') return Promise.resolve();
  const slot =
    o.kind === 'restored' || o.kind === 'safe-mode' ? { revision: o.revision, tabId: o.writer } : null;
  // If it cannot be fetched, the copies stay in storage for the next load to collect.
  s.tidied ??= later((m) => m.tidyKeptCopies(s.env.local, slot, s.env.now()));
  return s.tidied;
}

/** For tests: forget the session so the next boot starts over. */
export function resetPersistenceForTests(): void {
  current?.autosaver.dispose();
  current = null;
}
