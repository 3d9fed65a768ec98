import { emptyDocument } from '../../model/defaults';
import { useDocumentStore } from '../../store/documentStore';
import { downloadDocument } from './download';
import { type OpenableFile, readDocumentFile } from './openFile';
import { askToConfirm, dismissNotice, showNotice } from './persistenceStore';

/** New, Open and Save: what the file menu and a dropped file do. Never throw. */

const KEEP_HINT = 'Use Save first if you want to keep the current diagram as a file.';

/** "New": asks, then replaces the current diagram with an empty one. */
export function requestNewDocument(): void {
  askToConfirm({
    title: 'Start a new diagram?',
    message: `The current diagram will be replaced by an empty one. ${KEEP_HINT}`,
    confirmLabel: 'Replace with a new diagram',
    onConfirm: () => useDocumentStore.getState().replaceDocument(emptyDocument()),
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
    onConfirm: () => useDocumentStore.getState().replaceDocument(result.doc),
  });
}

/** "Save": downloads the current diagram as `<title>.faultline.json`. */
export function saveDocumentFile(): void {
  if (!downloadDocument(useDocumentStore.getState().doc)) {
    showNotice({ kind: 'info', text: 'The browser refused the download.' });
  }
}
