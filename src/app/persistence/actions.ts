import { emptyDocument, stripDefaults } from '../../model/defaults';
import { useDocumentStore } from '../../store/documentStore';
import { decoderLoaded, loadDecoder } from '../decoder';
import { keepAside } from './bootLoad';
import { decodeDocumentValue } from './decodeDocument';
import { downloadDocument, downloadText } from './download';
import { readEnvelope } from './envelope';
import { damagedFileName } from './fileChecks';
import { dismissNotice, type Notice, showNotice, usePersistenceStore } from './persistenceStore';
import { keepInRecent } from './recentDiagrams';
import { loadIntoEditor, persistenceSession } from './session';
import { AUTOSAVE_KEY, readItem } from './storageAccess';

/**
 * What the buttons of the persistence notices do. Each is safe to call at any time and
 * never throws; a failure becomes a notice.
 */

function currentDoc() {
  return useDocumentStore.getState().doc;
}

function noticeOf<K extends Notice['kind']>(kind: K): Extract<Notice, { kind: K }> | undefined {
  return usePersistenceStore.getState().notices.find((n) => n.kind === kind) as
    | Extract<Notice, { kind: K }>
    | undefined;
}

/** Downloads the raw text of the damaged autosave, exactly as stored; remembered, so Start fresh may proceed. */
export function downloadDamagedData(): void {
  const n = noticeOf('damaged');
  if (!n) return;
  if (downloadText(damagedFileName(persistenceSession().env.now()), n.raw))
    showNotice({ ...n, downloaded: true, refused: false });
  else showNotice({ kind: 'info', text: 'The browser refused the download.' });
}

/**
 * "Start fresh and save": the slot may be written once the damaged value is safe
 * somewhere else: kept aside in this browser (already, or now), or downloaded.
 */
export function startFreshAndSave(): void {
  const s = persistenceSession();
  const n = noticeOf('damaged');
  if (!n) return;
  const asideKey = n.asideKey ?? keepAside(s.env.local, n.raw, s.env.now());
  if (!asideKey && !n.downloaded) {
    // No copy anywhere: writing now would lose the data. Stay paused and say why.
    showNotice({ ...n, collapsed: false, refused: true });
    return;
  }
  dismissNotice('damaged');
  s.autosaver.schedule(currentDoc());
  s.autosaver.resume('damaged', { replaceable: n.raw });
}

/** "Keep paused": autosave stays off; the notice shrinks to one line with the same choices. */
export function keepAutosavePaused(): void {
  const n = noticeOf('damaged');
  if (n) showNotice({ ...n, collapsed: true });
}

/** Reads the slot as another tab left it: the decoded document and its revision, or null (reported). */
function readTheirs() {
  const s = persistenceSession();
  const stored = readItem(s.env.local, AUTOSAVE_KEY);
  if (!stored.ok || stored.value === null) return null;
  const env = readEnvelope(stored.value);
  const decoded = env.ok ? decodeDocumentValue(env.doc, 'autosave') : null;
  if (env.ok && decoded?.ok) return { doc: decoded.doc, known: { revision: env.revision, tabId: env.tabId } };
  const asideKey = keepAside(s.env.local, stored.value, s.env.now());
  const message = decoded && !decoded.ok ? decoded.message : env.ok ? '' : env.message;
  s.autosaver.pause('damaged');
  showNotice({ kind: 'damaged', message, errors: [], raw: stored.value, asideKey, collapsed: false });
  return null;
}

/**
 * Runs `action`, which reads the slot through the decoder: at once if the decoder is there,
 * else once it is fetched (a tab that booted without an autosave has not fetched it). If it
 * cannot be fetched, a notice says so and nothing changes.
 */
export function withDecoder(action: () => void): void {
  if (decoderLoaded()) {
    action();
    return;
  }
  loadDecoder().then(action, (e: unknown) =>
    showNotice({
      kind: 'info',
      text: `The saved diagram cannot be read right now (${String(e)}). Reload the page to try again.`,
    }),
  );
}

/** "Load theirs": the other tab's newer version replaces this tab's. */
export function loadTheirs(): void {
  withDecoder(loadTheirsNow);
}

function loadTheirsNow(): void {
  const s = persistenceSession();
  dismissNotice('conflict');
  const theirs = readTheirs();
  if (!theirs) {
    s.autosaver.resume('conflict');
    return;
  }
  loadIntoEditor(s, theirs.doc);
  s.autosaver.pause('conflict', { dropPending: true });
  s.autosaver.resume('conflict', { known: theirs.known });
}

/**
 * "Keep mine as a copy": this tab's version is kept in the recent diagrams (or, where
 * storage refuses, downloaded as a file), then theirs is loaded.
 */
export function keepMineAsCopy(): void {
  const s = persistenceSession();
  const kept = keepInRecent(s.env.local, stripDefaults(currentDoc()), 'mine', s.env.now());
  if (kept === null && !downloadDocument(currentDoc(), ' (my copy)')) {
    showNotice({
      kind: 'info',
      text: 'Your version could not be kept in this browser and the download was refused; it is still open here.',
    });
    return;
  }
  loadTheirs();
}

/** Safe mode, "Load it anyway": open the autosave that was left unopened. */
export function loadStoredAnyway(): void {
  withDecoder(loadStoredNow);
}

function loadStoredNow(): void {
  const s = persistenceSession();
  dismissNotice('safe-mode');
  const stored = readItem(s.env.local, AUTOSAVE_KEY);
  if (stored.ok && stored.value === null) {
    s.autosaver.resume('safe-mode');
    return;
  }
  const theirs = readTheirs();
  if (!theirs) return;
  loadIntoEditor(s, theirs.doc);
  s.autosaver.pause('safe-mode', { dropPending: true });
  s.autosaver.resume('safe-mode', { known: theirs.known });
}

/** Safe mode, "Download it": the stored autosave as it is. */
export function downloadStored(): void {
  const n = noticeOf('safe-mode');
  if (n) downloadText(damagedFileName(persistenceSession().env.now()).replace('damaged', 'unopened'), n.raw);
}

/**
 * Safe mode "Start empty", and the crash screen's: keep the stored autosave aside first so
 * that saving the empty diagram loses nothing.
 */
export function startEmpty(): void {
  const s = persistenceSession();
  const stored = readItem(s.env.local, AUTOSAVE_KEY);
  if (stored.ok && stored.value !== null && !keepAside(s.env.local, stored.value, s.env.now())) {
    showNotice({
      kind: 'info',
      text: 'The saved diagram could not be copied aside, so autosave stays paused.',
    });
    loadIntoEditor(s, emptyDocument());
    return;
  }
  dismissNotice('safe-mode');
  const doc = emptyDocument();
  useDocumentStore.getState().replaceDocument(doc);
  s.autosaver.schedule(doc);
  // The old value is kept aside now, so it may be written over even if it was unreadable.
  const replaceable = stored.ok && stored.value !== null ? stored.value : undefined;
  s.autosaver.resume('crashed', { replaceable });
  s.autosaver.resume('safe-mode', { replaceable });
}

/** "Try again" after storage was full or unavailable. */
export function retrySaving(): void {
  const s = persistenceSession();
  dismissNotice('not-saving');
  s.autosaver.schedule(currentDoc());
  s.autosaver.resume('storage');
}

/** "Save a copy (JSON)" / "Download this diagram". */
export function saveCopy(): void {
  if (!downloadDocument(currentDoc()))
    showNotice({ kind: 'info', text: 'The browser refused the download.' });
}

/** The crash screen appeared (moved to session.ts, which the crash screen loads at once). */
export { reportRenderCrash } from './session';
