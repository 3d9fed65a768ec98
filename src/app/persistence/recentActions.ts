import { withDecoder } from './actions';
import { decodeDocumentValue } from './decodeDocument';
import { downloadText } from './download';
import { documentFileName } from './fileChecks';
import { dismissNotice, showNotice } from './persistenceStore';
import { type RecentEntry, readRecentDocument } from './recentDiagrams';
import { replaceDiagram } from './replaceDiagram';
import { persistenceSession } from './session';

/** What the buttons of the recent-diagrams list do. Never throw; a failure becomes a notice. */

/**
 * Opens a kept diagram through the one decoder. The diagram on screen is kept in its turn,
 * so opening one loses nothing. `done` runs once it is open.
 */
export function openRecentDiagram(entry: RecentEntry, done: () => void): void {
  withDecoder(() => {
    const s = persistenceSession();
    const stored = readRecentDocument(s.env.local, entry.key);
    const decoded =
      stored === undefined
        ? { ok: false as const, message: 'It is no longer in this browser’s storage.', errors: [] }
        : decodeDocumentValue(stored, 'autosave');
    if (!decoded.ok) {
      showNotice({
        kind: 'file-error',
        fileName: entry.title,
        message: decoded.message,
        errors: decoded.errors,
      });
      return;
    }
    dismissNotice('file-error');
    replaceDiagram(decoded.doc, 'recent');
    done();
  });
}

/** Downloads a kept diagram as it is stored, as `<title>.faultline.json`. */
export function downloadRecentDiagram(entry: RecentEntry): void {
  const stored = readRecentDocument(persistenceSession().env.local, entry.key);
  let text: string | undefined;
  try {
    text = stored === undefined ? undefined : JSON.stringify(stored, null, 2);
  } catch {
    text = undefined;
  }
  if (text === undefined || !downloadText(documentFileName(entry.title), text))
    showNotice({ kind: 'info', text: `“${entry.title}” could not be downloaded.` });
}
