import { emptyDocument } from '../../model/defaults';
import { useDocumentStore } from '../../store/documentStore';
import { downloadDocument } from './download';
import { type OpenableFile, readDocumentFile } from './openFile';
import { askToConfirm, dismissNotice, showNotice } from './persistenceStore';
import { nothingToLose, replaceDiagram } from './replaceDiagram';

/** New, Open and Save: what the file menu and a dropped file do. Never throw. */

/** Said in every "replace?" question: where the current diagram goes. */
export const KEEP_HINT = 'It stays in File → Recent, from where you can open it again.';

/** "New": replaces the current diagram with an empty one, asking first unless nothing would be lost. */
export function requestNewDocument(): void {
  if (nothingToLose(useDocumentStore.getState().doc)) {
    useDocumentStore.getState().replaceDocument(emptyDocument());
    return;
  }
  askToConfirm({
    title: 'Start a new diagram?',
    message: `The current diagram will be replaced by an empty one. ${KEEP_HINT}`,
    confirmLabel: 'Replace with a new diagram',
    onConfirm: () => replaceDiagram(emptyDocument(), 'new'),
  });
}

/**
 * "Open…" or a drop: reads and decodes the file; an invalid one is explained and the
 * current diagram stays untouched; a valid one replaces it only after the user agrees.
 */
export async function requestOpenFile(file: OpenableFile): Promise<void> {
  const result = await readDocumentFile(file);
  if (!result.ok) {
    showNotice({ kind: 'file-error', fileName: file.name, message: result.message, errors: result.errors });
    return;
  }
  dismissNotice('file-error');
  const title = result.doc.title;
  askToConfirm({
    title: `Open “${file.name}”?`,
    message: `The current diagram will be replaced by “${title}”. ${KEEP_HINT}`,
    confirmLabel: 'Open it',
    onConfirm: () => replaceDiagram(result.doc, 'file'),
  });
}

/** "Save": downloads the current diagram as `<title>.faultline.json`. */
export function saveDocumentFile(): void {
  if (!downloadDocument(useDocumentStore.getState().doc)) {
    showNotice({ kind: 'info', text: 'The browser refused the download.' });
  }
}
