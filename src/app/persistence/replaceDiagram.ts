import { stripDefaults } from '../../model/defaults';
import type { FaultlineDocument } from '../../model/schema';
import { useDocumentStore } from '../../store/documentStore';
import { showNotice } from './persistenceStore';
import { keepInRecent, type RecentReason } from './recentDiagrams';
import { persistenceSession } from './session';
import { nothingToLose } from './untouchedDiagram';

/**
 * Everything that replaces the diagram on screen (New, Open, a link, a pasted diagram, a
 * scenario, a recent diagram) goes through here, so the replaced diagram is kept in the
 * recent diagrams first (recentDiagrams.ts). It is fetched with the first replacement, not
 * on the first visit (loadLater.ts).
 */

/**
 * Keeps the diagram on screen in the recent diagrams (unless there is nothing to lose).
 * Returns false, after saying so in a notice, when it could not be kept.
 */
export function keepCurrentDiagram(reason: RecentReason): boolean {
  const doc = useDocumentStore.getState().doc;
  if (nothingToLose(doc, stripDefaults)) return true;
  const s = persistenceSession();
  let kept: string | null = null;
  try {
    kept = keepInRecent(s.env.local, stripDefaults(doc), reason, s.env.now());
  } catch {
    kept = null;
  }
  if (kept === null)
    showNotice({
      kind: 'info',
      text: `“${doc.title}” could not be kept in Recent diagrams (browser storage is full or blocked). Undo (Ctrl+Z) brings it back in this tab; Save it as a file to keep it.`,
    });
  return kept !== null;
}

/**
 * Keeps the current diagram in the recent diagrams, then puts `doc` in its place. If it
 * could not be kept, the switch is an undo step instead, so Undo still brings it back.
 */
export function replaceDiagram(doc: FaultlineDocument, reason: RecentReason): void {
  if (keepCurrentDiagram(reason)) useDocumentStore.getState().replaceDocument(doc);
  else useDocumentStore.getState().update(() => doc);
}
